#!/usr/bin/env python3
"""Generates a synthetic rungs content project for benchmarks: N sequences of L levels, each
sequence with its own C competencies (5 graded levels each), and R assessment records spread over
the sequences and levels. Deterministic: the same arguments give the same files.

    python3 benches/gen-synthetic.py OUT --sequences 50 --levels 6 --competencies 80 --records 0
"""
import argparse
import os
import random

WORDS = ("客户 市场 销售 渠道 合同 谈判 回款 产品 方案 项目 团队 沟通 分析 计划 执行 协调 服务 需求 "
         "信息 数据 策略 目标 质量 风险 流程 资源 创新 学习 培训 绩效 关系 机会 竞争 价格 品牌 推广").split()


def text(rng, n):
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--sequences", type=int, default=50)
    p.add_argument("--levels", type=int, default=6)
    p.add_argument("--competencies", type=int, default=80)
    p.add_argument("--records", type=int, default=0)
    a = p.parse_args()
    rng = random.Random(42)
    os.makedirs(a.out, exist_ok=True)
    for d in ("competencies", "sequences", "pages"):
        os.makedirs(os.path.join(a.out, d), exist_ok=True)
    with open(os.path.join(a.out, "rungs.yaml"), "w") as f:
        f.write("title: 合成基准标准\norganisation: 基准公司\nedition: 第01版\neffective_date: 2024-01-01\n"
                "status: published\nlanguage: zh-CN\nowner: 人力资源部\ncategories:\n"
                "  - { id: quality, name: 职业素养 }\n  - { id: skill, name: 技能 }\n"
                "contribution_kinds:\n  - { id: work-case, name: 工作案例 }\n  - { id: teaching, name: 课程讲授 }\n")
    with open(os.path.join(a.out, "pages", "overview.md"), "w") as f:
        f.write("---\ntitle: 概述\norder: 1\n---\n" + "\n\n".join(text(rng, 30) for _ in range(5)) + "\n")
    for s in range(a.sequences):
        comps = [f"s{s}-c{c}" for c in range(a.competencies)]
        for i, cid in enumerate(comps):
            with open(os.path.join(a.out, "competencies", cid + ".yaml"), "w") as f:
                f.write(f"id: {cid}\nname: {rng.choice(WORDS)}{rng.choice(WORDS)}能力{s}-{i}\n"
                        f"category: {'quality' if i % 2 else 'skill'}\ndefinition: {text(rng, 12)}\n"
                        f"key_points: [{text(rng, 6)}]\nlevels:\n")
                for lv in range(1, 6):
                    f.write(f"  - level: {lv}\n    title: {rng.choice(WORDS)}{rng.choice(WORDS)}\n"
                            f"    behaviours: [{text(rng, 8)}, {text(rng, 8)}, {text(rng, 8)}]\n")
        with open(os.path.join(a.out, "sequences", f"seq{s}.yaml"), "w") as f:
            f.write(f"id: seq{s}\nname: 序列{s}\norder: {s}\ndescription: {text(rng, 20)}\nscoring_modules:\n"
                    "  - id: basic\n    name: 基本素质\n    items:\n"
                    + "".join(f"      - {{ id: i{k}, name: 项目{k} }}\n" for k in range(5))
                    + "  - { id: exam, name: 笔试, exam: true }\n  - { id: ability, name: 专业能力 }\nlevels:\n")
            for lv in range(a.levels):
                f.write(f"  - id: l{lv}\n    name: {lv + 1}级\n    title: 职位{lv + 1}\n    positioning: {text(rng, 25)}\n"
                        f"    conditions: {{ education: associate, experience_years: {lv + 1} }}\n"
                        f"    knowledge: [{text(rng, 8)}, {text(rng, 8)}]\n    responsibilities: [{text(rng, 10)}, {text(rng, 10)}]\n"
                        "    competencies:\n")
                for i, cid in enumerate(comps):
                    if lv == 0 or (i + lv) % 3 == 0:
                        f.write(f"      - {{ competency: {cid}, level: {min(5, 1 + lv * 4 // max(1, a.levels - 1))}, key: {'true' if i % 5 == 0 else 'false'} }}\n")
                if lv == 0:
                    f.write("    scoring:\n      pass: 60\n      modules:\n"
                            "        - { module: basic, points: 15, items: { i0: 3, i1: 3, i2: 3, i3: 3, i4: 3 } }\n"
                            "        - { module: exam, points: 20 }\n        - { module: ability, points: 65 }\n"
                            "    contributions: [{ kind: work-case, count: 1 }]\n")
                else:
                    f.write(f"    scoring: {{ pass: {60 + lv * 2} }}\n")
    for r in range(a.records):
        s = r % a.sequences
        lv = (r // a.sequences) % a.levels
        cycle = "2024H1"
        d = os.path.join(a.out, "assessments", cycle)
        os.makedirs(d, exist_ok=True)
        required = min(5, 1 + lv * 4 // max(1, a.levels - 1))
        with open(os.path.join(d, f"E{r:05d}.yaml"), "w") as f:
            # Teams of about ten of one sequence, each with its manager.
            m = f"M{s}-{r // (a.sequences * 10)}"
            f.write(f"employee_id: E{r:05d}\nname: 员工{r}\ndepartment: 部门{r % 7}\n"
                    f"manager: {{ id: {m}, name: 经理{m}, email: {m.lower()}@example.com }}\nsequence: seq{s}\ncycle: {cycle}\n"
                    f"applied_level: l{lv}\ndate: 2024-06-{1 + r % 28:02d}\nassessors: [评委甲, 评委乙]\n"
                    f"facts: {{ education: bachelor, experience_years: {1 + r % 9} }}\ncompetencies:\n")
            # Every competency is required at every level (inheritance); one in six falls a level short.
            for c in range(a.competencies):
                f.write(f"  s{s}-c{c}: {{ level: {max(0, required - (1 if (r + c) % 6 == 0 else 0))} }}\n")
            f.write(f"scores:\n  basic: {{ i0: 3, i1: 2, i2: 3, i3: 2, i4: 3 }}\n  ability: {40 + r % 25}\n"
                    f"written_exam: {10 + r % 10}\ncontributions: [{{ kind: work-case, title: 案例{r} }}]\n"
                    f"comments: {text(rng, 20)}\n")


if __name__ == "__main__":
    main()

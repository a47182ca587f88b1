### 神经母细胞瘤研究有哪些新进展？
### Simplified Chinese translation of locales/en/neuroblastoma-research.ftl (partial).

title = 神经母细胞瘤研究有哪些新进展？
summary = 目前，世界各地的许多大学医院、医疗中心和其他研究机构正在开展神经母细胞瘤的重要研究。

## Introduction

intro-important-research-neuroblastoma = 目前，世界各地的许多大学医院、医疗中心和其他研究机构正在开展神经母细胞瘤的重要研究。每年，科学家们都会对这种疾病的病因以及如何改进治疗有更多的了解。

## Gene changes

gene-changes-heading = 基因变化
gene-changes-researchers-better-tests = 研究人员现在有了更好的检测方法，可以查找神经母细胞瘤细胞中的基因变化。研究人员可能知道某条染色体（细胞内含有基因的一条DNA链）上发生了变化，但仍需要进一步了解该基因，或该基因的哪一部分受到了影响。神经母细胞瘤细胞中的基因可以通过几种不同的方式发生变化。
gene-changes-understanding-neuroblastoma-helps = 了解神经母细胞瘤中的基因变化，有助于研究人员了解哪些神经母细胞瘤可能通过强度较低的治疗治愈，哪些则需要更积极的治疗。其中一些基因变化目前已被用于帮助癌症诊疗团队确定患儿神经母细胞瘤的分期和危险度分组。其他基因变化可能有助于研究人员找到对某些类型的神经母细胞瘤细胞有效的新疗法。
gene-changes-here-specific-dna = 目前正在研究一些特定的DNA和基因变化。

## Treatment

treatment-heading = 治疗
treatment-survival-rates-neuroblastoma = 随着医生找到改进现有治疗的方法，神经母细胞瘤的生存率已有所提高，但高危神经母细胞瘤患儿的生存率仍不及低危或中危患儿。
treatment-clinical-trials-high = 大多数针对高危神经母细胞瘤（侵袭性更强、更难治疗的肿瘤）的临床试验，都侧重于寻找化疗药物、干细胞移植方案、免疫治疗和其他新疗法的最佳组合，以期治愈更多患儿。目前针对低危和中危神经母细胞瘤的研究，则试图弄清患儿能否在接受较少治疗的情况下仍获得同样好的效果。

## Treatment › Chemotherapy

chemotherapy-heading = 化疗
chemotherapy-search-continues-best = 人们仍在继续寻找治疗神经母细胞瘤的最佳化疗药物组合。
chemotherapy-several-chemo-drugs = 几种已用于治疗其他癌症的化疗药物，如拓扑替康 (topotecan)、伊立替康 (irinotecan) 和替莫唑胺 (temozolomide)，目前正在与其他类型的疗法联合进行研究，用于治疗高危神经母细胞瘤或复发的神经母细胞瘤。
chemotherapy-other-studies-looking = 其他研究正在探讨一些低危或中危神经母细胞瘤患儿能否接受较少的化疗（甚至不化疗）。目标是仍能获得同样良好的效果，同时减少治疗带来的副作用。

## Treatment › High-dose chemotherapy and stem cell transplant

high-dose-chemotherapy-stem-heading = 大剂量化疗和干细胞移植
high-dose-chemotherapy-doctors-trying-improve = 医生们还在尝试通过大剂量化疗和干细胞移植，并采用化疗、放疗、维甲酸类药物、免疫治疗和其他疗法的不同组合，来提高侵袭性神经母细胞瘤患儿的治疗成功率。

## Treatment › Retinoids

retinoids-heading = 维甲酸类药物
retinoids-13-cis-retinoic = 维甲酸类药物，如13-顺式维甲酸（异维A酸，isotretinoin），可以降低高危神经母细胞瘤患儿治疗后的复发风险，尤其是与某些免疫治疗联合使用时。目前有多项临床试验正在研究将13-顺式维甲酸与不同类型的化疗药物、被称为单克隆抗体的免疫治疗以及靶向药物联合使用，以帮助确定哪些组合可能效果最好。

## Treatment › Targeted drugs

targeted-drugs-heading = 靶向药物
targeted-drugs-knowing-makes-neuroblastoma = 了解神经母细胞瘤细胞与正常细胞的不同之处，可能会带来治疗这种疾病的新方法。与标准化疗药物相比，能更特异地靶向神经母细胞瘤细胞的新型药物目前正在临床试验中进行研究。例如：

## Treatment › Targeted drugs › ALK inhibitors

alk-inhibitors-heading = ALK抑制剂
alk-inhibitors-neuroblastomas-cells-changes = 在一些神经母细胞瘤中，细胞的ALK基因存在有助于其生长的变化。靶向ALK基因发生变化的细胞的药物，如克唑替尼 (crizotinib) (Xalkori)，已被证明有助于治疗其他一些类型的癌症。目前正在研究将克唑替尼作为细胞存在ALK基因变化的高危神经母细胞瘤患儿治疗的一部分。其他靶向ALK变化细胞的药物，如劳拉替尼 (lorlatinib) (Lorbrena) 和色瑞替尼 (ceritinib) (Zykadia)，也正在研究之中。

## Treatment › Targeted drugs › Aurora A kinase inhibitors

aurora-kinase-inhibitors-heading = Aurora A激酶抑制剂
aurora-kinase-inhibitors-neuroblastomas-cells-overactive = 在一些神经母细胞瘤中，细胞的Aurora A激酶信号通路过度活跃，这有助于细胞生长。靶向Aurora A激酶通路的药物，如LY3295668 erbumine，目前正在临床试验中进行研究，用于治疗神经母细胞瘤。

## Treatment › Targeted drugs › Other targeted drugs

other-targeted-drugs-heading = 其他靶向药物
other-targeted-drugs-doctors-looking-closely = 医生们也在更深入地研究神经母细胞瘤细胞内的基因变化，以了解其他靶向药物是否可能有帮助。以这种方式研究的部分靶向药物包括索拉非尼 (sorafenib)、达沙替尼 (dasatinib) 和伏立诺他 (vorinostat)。
other-targeted-drugs-many-studied-use = 许多其他靶向药物目前也正在研究用于治疗神经母细胞瘤。

## References

reference-mosse-yp-lim = Mosse YP, Lim MS, Voss SD, et al. Safety and activity of crizotinib for paediatric patients with refractory solid tumours or anaplastic large-cell lymphoma: A Children's Oncology Group phase 1 consortium study. Lancet Oncol. 2013;14(6):472-80.
reference-navid-sondel-pm = Navid F, Sondel PM, Barfield R, et al. Phase I trial of a novel anti GD2 monoclonal antibody, Hu14.18K322A, designed to decrease toxicity in children with refractory or recurrent neuroblastoma. J Clin Oncol. 2014: 32;1445-52
reference-park-jr-hogarty = Park JR, Hogarty MD, Bagatell R, et al. Chapter 23: Neuroblastoma. In: Blaney SM, Adamson PC, Helman LJ, eds. Pizzo and Poplack’s Principles and Practice of Pediatric Oncology. 8th ed. Philadelphia Pa: Lippincott Williams & Wilkins; 2021.
reference-park-jr-kreissman = Park JR, Kreissman SG, London WB, et al. Effect of tandem autologous stem cell transplant vs single transplant on event-free survival in patients with high-risk neuroblastoma: A randomized clinical trial. JAMA. 2019;322(8):746-755.
reference-pinto-nr-applebaum = Pinto NR, Applebaum MA, Volchenboum SL, et al. Advances in risk classification and treatment strategies for neuroblastoma. J Clin Onc. 2015: 30;3008-3017.
reference-shohet-jm-lowas = Shohet JM, Lowas SR, Nuchtern JG. Treatment and prognosis of neuroblastoma. UpToDate. 2021. Accessed at <a data-l10n-name="uptodate">https://www.uptodate.com/contents/treatment-and-prognosis-of-neuroblastoma</a> on April 9, 2021.

### 신경모세포종 연구에는 어떤 새로운 소식이 있습니까?
### Korean translation of locales/en/neuroblastoma-research.ftl (partial).

title = 신경모세포종 연구에는 어떤 새로운 소식이 있습니까?
summary = 현재 전 세계의 많은 대학 병원, 의료 센터 및 기타 연구 기관에서 신경모세포종에 관한 중요한 연구가 진행되고 있습니다.

## Introduction

intro-important-research-neuroblastoma = 현재 전 세계의 많은 대학 병원, 의료 센터 및 기타 연구 기관에서 신경모세포종에 관한 중요한 연구가 진행되고 있습니다. 과학자들은 매년 이 질병의 원인과 치료를 개선하는 방법에 대해 더 많은 것을 밝혀내고 있습니다.

## Gene changes

gene-changes-heading = 유전자 변화
gene-changes-researchers-better-tests = 이제 연구자들은 신경모세포종 세포의 유전자 변화를 찾아내는 더 나은 검사법을 갖추고 있습니다. 연구자들은 특정 염색체(세포 안에 있으며 유전자를 담고 있는 DNA 가닥)에 변화가 생겼다는 것은 알 수 있지만, 해당 유전자나 유전자의 어느 부분이 영향을 받았는지에 대해서는 아직 더 알아내야 합니다. 신경모세포종 세포에서 유전자는 몇 가지 다른 방식으로 변할 수 있습니다.
gene-changes-understanding-neuroblastoma-helps = 신경모세포종의 유전자 변화를 이해하면, 어떤 신경모세포종이 강도가 낮은 치료로도 완치될 가능성이 높고 어떤 신경모세포종에 더 적극적인 치료가 필요한지를 연구자들이 파악하는 데 도움이 됩니다. 현재 이러한 유전자 변화 중 일부는 암 치료팀이 어린이의 신경모세포종 병기와 위험군을 결정하는 데 활용되고 있습니다. 다른 유전자 변화는 연구자들이 특정 유형의 신경모세포종 세포에 효과가 있는 새로운 치료법을 찾는 데 도움이 될 수 있습니다.
gene-changes-here-specific-dna = 현재 몇몇 구체적인 DNA 및 유전자 변화가 연구되고 있습니다.

## Treatment

treatment-heading = 치료
treatment-survival-rates-neuroblastoma = 의사들이 현재의 치료법을 개선할 방법을 찾아내면서 신경모세포종의 생존율은 향상되어 왔지만, 고위험 신경모세포종 어린이의 생존율은 저위험 또는 중간위험 신경모세포종 어린이만큼 좋지 않습니다.
treatment-clinical-trials-high = 고위험 신경모세포종(더 공격적이고 치료하기 어려운 종양)에 대한 임상시험은 대부분 더 많은 어린이를 완치하기 위해 화학요법(항암화학요법) 약물, 줄기세포 이식 요법, 면역요법 및 기타 새로운 치료법의 최적 조합을 찾는 데 초점을 맞추고 있습니다. 현재 저위험 및 중간위험 신경모세포종에 대한 연구는 어린이들이 치료를 덜 받고도 똑같이 좋은 결과를 얻을 수 있는지 알아보고 있습니다.

## Treatment › Chemotherapy

chemotherapy-heading = 화학요법
chemotherapy-search-continues-best = 신경모세포종 치료를 위한 화학요법 약물의 최적 조합을 찾는 연구가 계속되고 있습니다.
chemotherapy-several-chemo-drugs = 토포테칸, 이리노테칸, 테모졸로마이드 등 이미 다른 암 치료에 사용되고 있는 여러 화학요법 약물을 고위험 신경모세포종이나 재발한 신경모세포종에 사용하기 위해, 다른 종류의 치료법과 병용하는 방법이 현재 연구되고 있습니다.
chemotherapy-other-studies-looking = 다른 연구에서는 저위험 또는 중간위험 신경모세포종 어린이 중 일부를 더 적은 화학요법으로(또는 화학요법 없이도) 치료할 수 있는지 알아보고 있습니다. 목표는 똑같이 좋은 결과를 유지하면서 치료로 인한 부작용은 줄이는 것입니다.

## Treatment › High-dose chemotherapy and stem cell transplant

high-dose-chemotherapy-stem-heading = 고용량 화학요법과 줄기세포 이식
high-dose-chemotherapy-doctors-trying-improve = 의사들은 또한 화학요법, 방사선 치료, 레티노이드, 면역요법 및 기타 치료법을 다양하게 조합하여, 공격적인 신경모세포종 어린이에게 시행하는 고용량 화학요법과 줄기세포 이식의 성공률을 높이기 위해 노력하고 있습니다.

## Treatment › Retinoids

retinoids-heading = 레티노이드
retinoids-13-cis-retinoic = 13-cis-레티노산(이소트레티노인)과 같은 레티노이드는 고위험 신경모세포종 어린이에서 치료 후 재발 위험을 줄일 수 있으며, 특정 면역요법과 함께 투여할 때 특히 그렇습니다. 가장 효과적일 수 있는 조합을 밝히는 데 도움이 되도록, 여러 임상시험에서 13-cis-레티노산을 다양한 종류의 화학요법 약물, 단클론 항체라고 하는 면역요법, 표적 약물과 병용 투여하는 방법을 연구하고 있습니다.

## Treatment › Targeted drugs

targeted-drugs-heading = 표적 약물
targeted-drugs-knowing-makes-neuroblastoma = 신경모세포종 세포가 무엇 때문에 정상 세포와 다른지 알게 되면 이 질병을 치료하는 새로운 접근법으로 이어질 수 있습니다. 표준 화학요법 약물보다 신경모세포종 세포를 더 특이적으로 표적하는 새로운 약물들이 현재 임상시험에서 연구되고 있습니다. 예를 들면 다음과 같습니다:

## Treatment › Targeted drugs › ALK inhibitors

alk-inhibitors-heading = ALK 억제제
alk-inhibitors-neuroblastomas-cells-changes = 일부 신경모세포종에서는 세포의 ALK 유전자에 세포 성장을 돕는 변화가 있습니다. 크리조티닙(Xalkori)처럼 ALK 유전자 변화가 있는 세포를 표적하는 약물은 이미 다른 몇몇 유형의 암 치료에 도움이 되는 것으로 밝혀졌습니다. 현재 크리조티닙은 세포에 ALK 유전자 변화가 있는 고위험 신경모세포종 어린이의 치료 중 일부로 연구되고 있습니다. 로를라티닙(Lorbrena)과 세리티닙(Zykadia) 등 ALK 변화가 있는 세포를 표적하는 다른 약물들도 연구되고 있습니다.

## Treatment › Targeted drugs › Aurora A kinase inhibitors

aurora-kinase-inhibitors-heading = Aurora A 키나아제 억제제
aurora-kinase-inhibitors-neuroblastomas-cells-overactive = 일부 신경모세포종에서는 세포의 Aurora A 키나아제 신호전달 경로가 과활성화되어 있으며, 이는 세포 성장을 돕습니다. LY3295668 erbumine과 같이 Aurora A 키나아제 경로를 표적하는 약물이 현재 신경모세포종에 사용하기 위해 임상시험에서 연구되고 있습니다.

## Treatment › Targeted drugs › Other targeted drugs

other-targeted-drugs-heading = 기타 표적 약물
other-targeted-drugs-doctors-looking-closely = 의사들은 또한 다른 표적 약물이 도움이 될 수 있는지 알아보기 위해 신경모세포종 세포 내부의 유전자 변화를 더 자세히 살펴보고 있습니다. 이러한 방식으로 연구되고 있는 표적 약물로는 소라페닙, 다사티닙, vorinostat 등이 있습니다.
other-targeted-drugs-many-studied-use = 그 밖에도 많은 표적 약물이 현재 신경모세포종에 사용하기 위해 연구되고 있습니다.

## Treatment › Immunotherapy

immunotherapy-heading = 면역요법
immunotherapy-use-medicines-help = 면역요법은 약물을 사용하여 환자 자신의 면역 체계가 암과 싸우도록 돕는 치료입니다. 현재 여러 종류의 면역요법이 신경모세포종에 대해 시험되거나 사용되고 있습니다.

## Treatment › Immunotherapy › Monoclonal antibodies

monoclonal-antibodies-heading = 단클론 항체
monoclonal-antibodies-dinutuximab-unituxin-naxitamab = 신경모세포종 세포의 GD2를 표적하는 단클론 항체인 dinutuximab(Unituxin)과 naxitamab(Danyelza)는 면역 체계 세포가 암세포를 찾아 파괴하도록 돕기 위해 현재 미국에서 일부 고위험 신경모세포종 어린이에게 사용되고 있습니다. 이러한 항체는 일반적으로 줄기세포 이식 후에 사용되지만, 치료 과정의 더 이른 시기에 사용해도 도움이 될 수 있는지 알아보는 연구도 현재 진행되고 있습니다.
monoclonal-antibodies-other-target-gd2 = GD2를 표적하는 다른 항체들도 연구되고 있습니다. 예를 들어 Hu14.18K322A는 다른 GD2 항체만큼 효과가 있으면서도 일부 부작용은 나타나지 않을 수 있는 변형 항체입니다. 또한 dinutuximab과 유사한 dinutuximab beta(Qarziba)가 현재 유럽에서 사용되고 있습니다.

## References

reference-mosse-yp-lim = Mosse YP, Lim MS, Voss SD, et al. Safety and activity of crizotinib for paediatric patients with refractory solid tumours or anaplastic large-cell lymphoma: A Children's Oncology Group phase 1 consortium study. Lancet Oncol. 2013;14(6):472-80.
reference-navid-sondel-pm = Navid F, Sondel PM, Barfield R, et al. Phase I trial of a novel anti GD2 monoclonal antibody, Hu14.18K322A, designed to decrease toxicity in children with refractory or recurrent neuroblastoma. J Clin Oncol. 2014: 32;1445-52
reference-park-jr-hogarty = Park JR, Hogarty MD, Bagatell R, et al. Chapter 23: Neuroblastoma. In: Blaney SM, Adamson PC, Helman LJ, eds. Pizzo and Poplack’s Principles and Practice of Pediatric Oncology. 8th ed. Philadelphia Pa: Lippincott Williams & Wilkins; 2021.
reference-park-jr-kreissman = Park JR, Kreissman SG, London WB, et al. Effect of tandem autologous stem cell transplant vs single transplant on event-free survival in patients with high-risk neuroblastoma: A randomized clinical trial. JAMA. 2019;322(8):746-755.
reference-pinto-nr-applebaum = Pinto NR, Applebaum MA, Volchenboum SL, et al. Advances in risk classification and treatment strategies for neuroblastoma. J Clin Onc. 2015: 30;3008-3017.
reference-shohet-jm-lowas = Shohet JM, Lowas SR, Nuchtern JG. Treatment and prognosis of neuroblastoma. UpToDate. 2021. Accessed at <a data-l10n-name="uptodate">https://www.uptodate.com/contents/treatment-and-prognosis-of-neuroblastoma</a> on April 9, 2021.

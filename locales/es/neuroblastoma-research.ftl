### ¿Qué avances hay en la investigación sobre el neuroblastoma?
### Spanish translation of locales/en/neuroblastoma-research.ftl.

title = ¿Qué avances hay en la investigación sobre el neuroblastoma?
summary = En este momento se están realizando importantes investigaciones sobre el neuroblastoma en muchos hospitales universitarios, centros médicos y otras instituciones de investigación de todo el mundo.

## Introduction

intro-important-research-neuroblastoma = En este momento se están realizando importantes investigaciones sobre el neuroblastoma en muchos hospitales universitarios, centros médicos y otras instituciones de investigación de todo el mundo. Cada año, los científicos descubren más sobre las causas de esta enfermedad y sobre cómo mejorar el tratamiento.

## Gene changes

gene-changes-heading = Cambios genéticos
gene-changes-researchers-better-tests = Los investigadores ahora cuentan con mejores pruebas para buscar cambios en los genes de las células del neuroblastoma. Es posible que los investigadores sepan que ha ocurrido un cambio en un cromosoma determinado (una hebra de ADN dentro de la célula que contiene sus genes), pero aún necesitan saber más sobre ese gen o sobre qué parte del gen se ha visto afectada. Los genes pueden cambiar de varias maneras diferentes en las células del neuroblastoma.
gene-changes-understanding-neuroblastoma-helps = Entender los cambios genéticos en el neuroblastoma ayuda a los investigadores a comprender qué neuroblastomas probablemente se curen con un tratamiento menos intenso y cuáles necesitarán un tratamiento más agresivo. Algunos de estos cambios genéticos ya se están usando para ayudar a los equipos de atención del cáncer a determinar la etapa y el grupo de riesgo del neuroblastoma de un niño. Otros cambios genéticos podrían ayudar a los investigadores a encontrar nuevos tratamientos que actúen sobre ciertos tipos de células de neuroblastoma.
gene-changes-here-specific-dna = Actualmente se están estudiando algunos cambios específicos en el ADN y en los genes.

## Treatment

treatment-heading = Tratamiento
treatment-survival-rates-neuroblastoma = Las tasas de supervivencia del neuroblastoma han mejorado a medida que los médicos han encontrado formas de mejorar los tratamientos actuales, pero las tasas de supervivencia de los niños con neuroblastoma de alto riesgo no son tan buenas como las de los niños con enfermedad de riesgo bajo o intermedio.
treatment-clinical-trials-high = La mayoría de los ensayos clínicos sobre el neuroblastoma de alto riesgo (tumores más agresivos y difíciles de tratar) se enfocan en encontrar las mejores combinaciones de medicamentos de quimioterapia (quimio), regímenes de trasplante de células madre, inmunoterapias y otros tratamientos nuevos para intentar curar a más niños. Los estudios actuales sobre el neuroblastoma de riesgo bajo e intermedio intentan determinar si los niños pueden recibir menos tratamiento y aun así obtener resultados igual de buenos.

## Treatment › Chemotherapy

chemotherapy-heading = Quimioterapia
chemotherapy-search-continues-best = Continúa la búsqueda de las mejores combinaciones de medicamentos de quimio para tratar el neuroblastoma.
chemotherapy-several-chemo-drugs = Varios medicamentos de quimio que ya se usan para tratar otros tipos de cáncer, como topotecán, irinotecán y temozolomida, se están estudiando ahora en combinación con otros tipos de terapias para usarlos contra el neuroblastoma de alto riesgo o el neuroblastoma que ha regresado.
chemotherapy-other-studies-looking = Otros estudios buscan determinar si algunos niños con neuroblastoma de riesgo bajo o intermedio pueden tratarse con menos quimioterapia (o incluso sin quimioterapia). El objetivo es seguir obteniendo los mismos buenos resultados, pero con menos efectos secundarios del tratamiento.

## Treatment › High-dose chemotherapy and stem cell transplant

high-dose-chemotherapy-stem-heading = Quimioterapia en dosis altas y trasplante de células madre
high-dose-chemotherapy-doctors-trying-improve = Los médicos también están tratando de mejorar la tasa de éxito en los niños con neuroblastoma agresivo tratados con quimioterapia en dosis altas y trasplantes de células madre, usando diferentes combinaciones de quimioterapia, radioterapia, retinoides, inmunoterapia y otros tratamientos.

## Treatment › Retinoids

retinoids-heading = Retinoides
retinoids-13-cis-retinoic = Los retinoides, como el ácido 13-cis-retinoico (isotretinoína), pueden reducir el riesgo de recurrencia después del tratamiento en los niños con neuroblastoma de alto riesgo, especialmente cuando se administran junto con ciertos tratamientos de inmunoterapia. En varios ensayos clínicos se está estudiando la administración de ácido 13-cis-retinoico en combinación con diferentes tipos de medicamentos de quimioterapia, con inmunoterapias llamadas anticuerpos monoclonales y con medicamentos de terapia dirigida, para ayudar a determinar qué combinaciones podrían funcionar mejor.

## Treatment › Targeted drugs

targeted-drugs-heading = Medicamentos de terapia dirigida
targeted-drugs-knowing-makes-neuroblastoma = Saber qué hace que las células del neuroblastoma sean diferentes de las células normales podría conducir a nuevas formas de tratar esta enfermedad. En ensayos clínicos se están estudiando ahora medicamentos más nuevos que atacan las células del neuroblastoma de forma más específica que los medicamentos de quimio estándar. Por ejemplo:

## Treatment › Targeted drugs › ALK inhibitors

alk-inhibitors-heading = Inhibidores de ALK
alk-inhibitors-neuroblastomas-cells-changes = En algunos neuroblastomas, las células tienen cambios en el gen ALK que las ayudan a crecer. Ya se ha demostrado que los medicamentos que atacan las células con cambios en el gen ALK, como crizotinib (Xalkori), son útiles para tratar algunos otros tipos de cáncer. Actualmente se está estudiando crizotinib como parte del tratamiento de los niños con neuroblastoma de alto riesgo cuando las células tienen cambios en el gen ALK. También se están estudiando otros medicamentos que atacan las células con cambios en ALK, como lorlatinib (Lorbrena) y ceritinib (Zykadia).

## Treatment › Targeted drugs › Aurora A kinase inhibitors

aurora-kinase-inhibitors-heading = Inhibidores de la cinasa Aurora A
aurora-kinase-inhibitors-neuroblastomas-cells-overactive = En algunos neuroblastomas, las células tienen hiperactiva la vía de señalización de la cinasa Aurora A, lo que las ayuda a crecer. Los medicamentos que atacan la vía de la cinasa Aurora A, como LY3295668 erbumine, se están estudiando ahora en ensayos clínicos para usarlos contra el neuroblastoma.

## Treatment › Targeted drugs › Other targeted drugs

other-targeted-drugs-heading = Otros medicamentos de terapia dirigida
other-targeted-drugs-doctors-looking-closely = Los médicos también están examinando más de cerca los cambios genéticos dentro de las células del neuroblastoma para ver si otros medicamentos de terapia dirigida podrían ser útiles. Algunos de los medicamentos de terapia dirigida que se están estudiando de esta manera son sorafenib, dasatinib y vorinostat.
other-targeted-drugs-many-studied-use = También se están estudiando ahora muchos otros medicamentos de terapia dirigida para usarlos contra el neuroblastoma.

## Treatment › Immunotherapy

immunotherapy-heading = Inmunoterapia
immunotherapy-use-medicines-help = La inmunoterapia es el uso de medicamentos para ayudar al propio sistema inmunitario del paciente a combatir el cáncer. Actualmente se están probando o usando varios tipos diferentes de inmunoterapia contra el neuroblastoma.

## Treatment › Immunotherapy › Monoclonal antibodies

monoclonal-antibodies-heading = Anticuerpos monoclonales
monoclonal-antibodies-dinutuximab-unituxin-naxitamab = Los anticuerpos monoclonales dinutuximab (Unituxin) y naxitamab (Danyelza), que se dirigen al GD2 de las células del neuroblastoma, se usan actualmente en los Estados Unidos en algunos niños con neuroblastoma de alto riesgo para ayudar a que las células del sistema inmunitario encuentren y destruyan las células cancerosas. Por lo general, estos anticuerpos se usan después de un trasplante de células madre, pero ahora se están realizando estudios para ver si también podrían ser útiles en una etapa más temprana del tratamiento.
monoclonal-antibodies-other-target-gd2 = También se están estudiando otros anticuerpos que se dirigen al GD2. Por ejemplo, Hu14.18K322A es un anticuerpo modificado que podría funcionar tan bien como otros anticuerpos contra GD2, pero sin algunos de sus efectos secundarios. Y dinutuximab beta (Qarziba), que es similar a dinutuximab, se usa actualmente en Europa.

## Treatment › Immunotherapy › Cancer vaccines

cancer-vaccines-heading = Vacunas contra el cáncer
cancer-vaccines-several-studied-use = También se están estudiando varias vacunas contra el cáncer para usarlas contra el neuroblastoma. Con estas vacunas, se administran inyecciones de células de neuroblastoma modificadas o de otras sustancias para intentar que el propio sistema inmunitario del niño ataque las células cancerosas. Estos tratamientos aún se encuentran en las primeras etapas de los ensayos clínicos.

## Treatment › Immunotherapy › CAR T-cell therapy

car-t-cell-therapy-heading = Terapia de células T con CAR
car-t-cell-promising-new-way = La terapia de células T con CAR (terapia CAR-T) es una nueva forma prometedora de lograr que las propias células inmunitarias del paciente, llamadas células T, combatan el cáncer al modificarlas en el laboratorio para que puedan encontrar y destruir las células cancerosas. Las células T que se usan en las terapias de células T con CAR se modifican en el laboratorio al agregarles un gen para un receptor creado en el laboratorio (llamado receptor quimérico de antígenos o CAR), que las ayuda a atacar células cancerosas específicas.
car-t-cell-studies-done-see = Ahora se están realizando estudios para ver si las células T con CAR que se dirigen al GD2 (o a otras sustancias) de las células del neuroblastoma pueden ser útiles para tratar esta enfermedad. La mayoría de estos son ensayos clínicos en etapas muy tempranas que están en curso o que todavía están en fase de planificación.

## Treatment › Immunotherapy › Other immunotherapies

other-immunotherapies-heading = Otras inmunoterapias
other-immunotherapies-several-types-immunotherapy = También se están estudiando varios otros tipos de inmunoterapia para usarlos contra el neuroblastoma. Muchos de ellos se encuentran en ensayos clínicos en etapas muy tempranas. Si tiene preguntas sobre estos u otros tratamientos en investigación para el neuroblastoma, hable con el equipo de atención del cáncer de su hijo.

## References

reference-mosse-yp-lim = Mosse YP, Lim MS, Voss SD, et al. Safety and activity of crizotinib for paediatric patients with refractory solid tumours or anaplastic large-cell lymphoma: A Children's Oncology Group phase 1 consortium study. Lancet Oncol. 2013;14(6):472-80.
reference-navid-sondel-pm = Navid F, Sondel PM, Barfield R, et al. Phase I trial of a novel anti GD2 monoclonal antibody, Hu14.18K322A, designed to decrease toxicity in children with refractory or recurrent neuroblastoma. J Clin Oncol. 2014: 32;1445-52
reference-park-jr-hogarty = Park JR, Hogarty MD, Bagatell R, et al. Chapter 23: Neuroblastoma. In: Blaney SM, Adamson PC, Helman LJ, eds. Pizzo and Poplack’s Principles and Practice of Pediatric Oncology. 8th ed. Philadelphia Pa: Lippincott Williams & Wilkins; 2021.
reference-park-jr-kreissman = Park JR, Kreissman SG, London WB, et al. Effect of tandem autologous stem cell transplant vs single transplant on event-free survival in patients with high-risk neuroblastoma: A randomized clinical trial. JAMA. 2019;322(8):746-755.
reference-pinto-nr-applebaum = Pinto NR, Applebaum MA, Volchenboum SL, et al. Advances in risk classification and treatment strategies for neuroblastoma. J Clin Onc. 2015: 30;3008-3017.
reference-shohet-jm-lowas = Shohet JM, Lowas SR, Nuchtern JG. Treatment and prognosis of neuroblastoma. UpToDate. 2021. Consultado en <a data-l10n-name="uptodate">https://www.uptodate.com/contents/treatment-and-prognosis-of-neuroblastoma</a> el 9 de abril de 2021.

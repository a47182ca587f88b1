### What’s New in Neuroblastoma Research?
### Written by `folio split` from content/neuroblastoma-research.md. Do not edit: change the Markdown and run `folio split`.

title = What’s New in Neuroblastoma Research?
summary = Important research into neuroblastoma is being done right now in many university hospitals, medical centers, and other research institutions around the world.

## Introduction

intro-important-research-neuroblastoma = Important research into neuroblastoma is being done right now in many university hospitals, medical centers, and other research institutions around the world. Each year, scientists find out more about what causes the disease and how to improve treatment.

## Gene changes

gene-changes-heading = Gene changes
gene-changes-researchers-better-tests = Researchers now have better tests to look for changes in the genes of neuroblastoma cells. Researchers might know that a change has happened on a certain chromosome (a strand of DNA inside the cell, which contains its genes), but they still need to learn more about that gene or what part of a gene has been affected. Genes can change in a few different ways in neuroblastoma cells.
gene-changes-understanding-neuroblastoma-helps = Understanding the gene changes in neuroblastoma helps researchers understand which neuroblastomas are likely to be cured with less intense treatment, and which will need more aggressive treatment. Some of these gene changes are being used now to help cancer care teams determine a child's neuroblastoma stage and risk group. Other gene changes might help researchers find new treatments that work on certain types of neuroblastoma cells.
gene-changes-here-specific-dna = Some specific DNA and gene changes are currently being studied.

## Treatment

treatment-heading = Treatment
treatment-survival-rates-neuroblastoma = Survival rates for neuroblastoma have gotten better as doctors have found ways to improve on current treatments, but survival rates for children with high-risk neuroblastoma are not as good as they are for children with low- or intermediate-risk disease.
treatment-clinical-trials-high = Most clinical trials of high-risk neuroblastoma (more aggressive and hard-to-treat tumors) are focused on finding the best combinations of chemotherapy (chemo) drugs, stem cell transplant regimens, immunotherapies and other new treatments to try to cure more children. Current studies of low- and intermediate-risk neuroblastoma are trying to figure out if children can get less treatment and still do as well.

## Treatment › Chemotherapy

chemotherapy-heading = Chemotherapy
chemotherapy-search-continues-best = The search continues for the best combinations of chemo drugs to treat neuroblastoma.
chemotherapy-several-chemo-drugs = Several chemo drugs that are already used to treat other cancers, such as topotecan, irinotecan, and temozolomide, are now being studied in combination with other kinds of therapies for use against high-risk neuroblastoma or neuroblastoma that has come back.
chemotherapy-other-studies-looking = Other studies are looking to see if some children with low- or intermediate-risk neuroblastoma can be treated with less (or even no) chemotherapy. The goal is to still have the same good results, but with fewer side effects from treatment.

## Treatment › High-dose chemotherapy and stem cell transplant

high-dose-chemotherapy-stem-heading = High-dose chemotherapy and stem cell transplant
high-dose-chemotherapy-doctors-trying-improve = Doctors are also trying to improve the success rate for children with aggressive neuroblastoma with high-dose chemotherapy and stem cell transplants, using different combinations of chemotherapy, radiation therapy, retinoids, immunotherapy, and other treatments.

## Treatment › Retinoids

retinoids-heading = Retinoids
retinoids-13-cis-retinoic = Retinoids such as 13-cis-retinoic acid (isotretinoin) can reduce the risk of recurrence after treatment in children with high-risk neuroblastoma, especially when they are given with certain immunotherapy treatments. Giving 13-cis-retinoic acid in combination with different types of chemotherapy drugs, immunotherapies called monoclonal antibodies, and targeted drugs is being studied in a number of clinical trials to help determine the combinations that might work best.

## Treatment › Targeted drugs

targeted-drugs-heading = Targeted drugs
targeted-drugs-knowing-makes-neuroblastoma = Knowing what makes neuroblastoma cells different from normal cells might lead to new approaches to treating this disease. Newer drugs that target neuroblastoma cells more specifically than standard chemo drugs are now being studied in clinical trials. For example:

## Treatment › Targeted drugs › ALK inhibitors

alk-inhibitors-heading = ALK inhibitors
alk-inhibitors-neuroblastomas-cells-changes = In some neuroblastomas, the cells have changes in the ALK gene that help them grow. Drugs that target cells with changes in the ALK gene, such as crizotinib (Xalkori), have already been shown to be helpful in treating some other types of cancer. Crizotinib is now being studied as part of the treatment for children with high-risk neuroblastoma when the cells have ALK gene changes. Other drugs that target cells with ALK changes, such as lorlatinib (Lorbrena) and ceritinib (Zykadia), are also being studied.

## Treatment › Targeted drugs › Aurora A kinase inhibitors

aurora-kinase-inhibitors-heading = Aurora A kinase inhibitors
aurora-kinase-inhibitors-neuroblastomas-cells-overactive = In some neuroblastomas, the cells have an overactive Aurora A kinase signaling pathway, which helps the cells grow. Drugs that target the Aurora A kinase pathway, such as LY3295668 erbumine, are now being studied in clinical trials for use against neuroblastoma.

## Treatment › Targeted drugs › Other targeted drugs

other-targeted-drugs-heading = Other targeted drugs
other-targeted-drugs-doctors-looking-closely = Doctors are also looking more closely at the gene changes inside neuroblastoma cells to see if other targeted drugs might be helpful. Some of the targeted drugs being studied in this way include sorafenib, dasatinib, and vorinostat.
other-targeted-drugs-many-studied-use = Many other targeted drugs are now being studied for use against neuroblastoma as well.

## Treatment › Immunotherapy

immunotherapy-heading = Immunotherapy
immunotherapy-use-medicines-help = Immunotherapy is the use of medicines to help a patient’s own immune system fight cancer. Several different kinds of immunotherapy are now being tested or used against neuroblastoma.

## Treatment › Immunotherapy › Monoclonal antibodies

monoclonal-antibodies-heading = Monoclonal antibodies
monoclonal-antibodies-dinutuximab-unituxin-naxitamab = The monoclonal antibodies dinutuximab (Unituxin) and naxitamab (Danyelza), which target GD2 on neuroblastoma cells, are now being used in the United States for some children with high-risk neuroblastoma, to help immune system cells find and destroy the cancer cells. These antibodies are typically used after a stem cell transplant, but studies are now being done to see if they might be helpful earlier in the course of treatment as well.
monoclonal-antibodies-other-target-gd2 = Other antibodies that target GD2 are also being studied. For example, Hu14.18K322A is a modified antibody that might work as well as other GD2 antibodies without some of the side effects. And dinutuximab beta (Qarziba), which is similar to dinutuximab, is now being used in Europe.

## Treatment › Immunotherapy › Cancer vaccines

cancer-vaccines-heading = Cancer vaccines
cancer-vaccines-several-studied-use = Several cancer vaccines are also being studied for use against neuroblastoma. For these vaccines, injections of modified neuroblastoma cells or other substances are given to try to get the child’s own immune system to attack cancer cells. These treatments are still in the early stages of clinical trials.

## Treatment › Immunotherapy › CAR T-cell therapy

car-t-cell-therapy-heading = CAR T-cell therapy
car-t-cell-promising-new-way = CAR T-cell therapy is a promising new way to get a patient's own immune cells called T cells to fight cancer by changing them in the lab so they can find and destroy cancer cells. The T cells used in CAR T-cell therapies get changed in the lab by adding a gene for a lab-made receptor (called a chimeric antigen receptor or CAR), which helps them attack specific cancer cells.
car-t-cell-studies-done-see = Studies are now being done to see if CAR T-cells that target GD2 (or other substances) on neuroblastoma cells can be helpful in treating this disease. Most of these are very early clinical trials that are ongoing or still in the planning phase.

## Treatment › Immunotherapy › Other immunotherapies

other-immunotherapies-heading = Other immunotherapies
other-immunotherapies-several-types-immunotherapy = Several other types of immunotherapy are also being studied for use against neuroblastoma. Many of these are in very early clinical trials. If you have questions about these or other investigational treatments for neuroblastoma, talk to your child’s cancer care team.

## References

reference-mosse-yp-lim = Mosse YP, Lim MS, Voss SD, et al. Safety and activity of crizotinib for paediatric patients with refractory solid tumours or anaplastic large-cell lymphoma: A Children's Oncology Group phase 1 consortium study. Lancet Oncol. 2013;14(6):472-80.
reference-navid-sondel-pm = Navid F, Sondel PM, Barfield R, et al. Phase I trial of a novel anti GD2 monoclonal antibody, Hu14.18K322A, designed to decrease toxicity in children with refractory or recurrent neuroblastoma. J Clin Oncol. 2014: 32;1445-52
reference-park-jr-hogarty = Park JR, Hogarty MD, Bagatell R, et al. Chapter 23: Neuroblastoma. In: Blaney SM, Adamson PC, Helman LJ, eds. Pizzo and Poplack’s Principles and Practice of Pediatric Oncology. 8th ed. Philadelphia Pa: Lippincott Williams & Wilkins; 2021.
reference-park-jr-kreissman = Park JR, Kreissman SG, London WB, et al. Effect of tandem autologous stem cell transplant vs single transplant on event-free survival in patients with high-risk neuroblastoma: A randomized clinical trial. JAMA. 2019;322(8):746-755.
reference-pinto-nr-applebaum = Pinto NR, Applebaum MA, Volchenboum SL, et al. Advances in risk classification and treatment strategies for neuroblastoma. J Clin Onc. 2015: 30;3008-3017.
reference-shohet-jm-lowas = Shohet JM, Lowas SR, Nuchtern JG. Treatment and prognosis of neuroblastoma. UpToDate. 2021. Accessed at <a data-l10n-name="uptodate">https://www.uptodate.com/contents/treatment-and-prognosis-of-neuroblastoma</a> on April 9, 2021.

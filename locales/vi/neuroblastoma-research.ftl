### Có gì mới trong nghiên cứu về u nguyên bào thần kinh?
### Vietnamese translation of locales/en/neuroblastoma-research.ftl (partial).

title = Có gì mới trong nghiên cứu về u nguyên bào thần kinh?
summary = Hiện nay, nhiều nghiên cứu quan trọng về u nguyên bào thần kinh đang được tiến hành tại nhiều bệnh viện đại học, trung tâm y tế và các cơ sở nghiên cứu khác trên khắp thế giới.

## Introduction

intro-important-research-neuroblastoma = Hiện nay, nhiều nghiên cứu quan trọng về u nguyên bào thần kinh đang được tiến hành tại nhiều bệnh viện đại học, trung tâm y tế và các cơ sở nghiên cứu khác trên khắp thế giới. Mỗi năm, các nhà khoa học lại tìm hiểu thêm về nguyên nhân gây ra bệnh và cách cải thiện việc điều trị.

## Gene changes

gene-changes-heading = Các thay đổi về gen
gene-changes-researchers-better-tests = Hiện nay, các nhà nghiên cứu đã có những xét nghiệm tốt hơn để tìm các thay đổi trong gen của tế bào u nguyên bào thần kinh. Các nhà nghiên cứu có thể biết rằng một thay đổi đã xảy ra trên một nhiễm sắc thể nhất định (một chuỗi DNA bên trong tế bào, chứa các gen của tế bào), nhưng họ vẫn cần tìm hiểu thêm về gen đó hoặc phần nào của gen đã bị ảnh hưởng. Gen trong tế bào u nguyên bào thần kinh có thể thay đổi theo một vài cách khác nhau.
gene-changes-understanding-neuroblastoma-helps = Hiểu rõ các thay đổi về gen trong u nguyên bào thần kinh giúp các nhà nghiên cứu biết được những khối u nguyên bào thần kinh nào có khả năng được chữa khỏi bằng phương pháp điều trị với cường độ thấp hơn, và những khối u nào sẽ cần điều trị tích cực hơn. Một số thay đổi về gen này hiện đang được sử dụng để giúp đội ngũ chăm sóc ung thư xác định giai đoạn và nhóm nguy cơ của u nguyên bào thần kinh ở trẻ. Các thay đổi về gen khác có thể giúp các nhà nghiên cứu tìm ra những phương pháp điều trị mới có tác dụng đối với một số loại tế bào u nguyên bào thần kinh nhất định.
gene-changes-here-specific-dna = Một số thay đổi cụ thể về DNA và gen hiện đang được nghiên cứu.

## Treatment

treatment-heading = Điều trị
treatment-survival-rates-neuroblastoma = Tỷ lệ sống sót của u nguyên bào thần kinh đã được cải thiện nhờ các bác sĩ tìm ra những cách cải tiến các phương pháp điều trị hiện có, nhưng tỷ lệ sống sót ở trẻ mắc u nguyên bào thần kinh nguy cơ cao vẫn chưa tốt bằng ở trẻ mắc bệnh nguy cơ thấp hoặc nguy cơ trung bình.
treatment-clinical-trials-high = Hầu hết các thử nghiệm lâm sàng về u nguyên bào thần kinh nguy cơ cao (các khối u tiến triển mạnh hơn và khó điều trị) đều tập trung vào việc tìm ra sự kết hợp tốt nhất giữa các thuốc hóa trị, phác đồ ghép tế bào gốc, liệu pháp miễn dịch và các phương pháp điều trị mới khác nhằm cố gắng chữa khỏi cho nhiều trẻ hơn. Các nghiên cứu hiện nay về u nguyên bào thần kinh nguy cơ thấp và trung bình đang tìm hiểu xem liệu trẻ có thể được điều trị ít hơn mà vẫn đạt kết quả tốt tương tự hay không.

## Treatment › Chemotherapy

chemotherapy-heading = Hóa trị
chemotherapy-search-continues-best = Việc tìm kiếm sự kết hợp tốt nhất giữa các thuốc hóa trị để điều trị u nguyên bào thần kinh vẫn đang được tiếp tục.
chemotherapy-several-chemo-drugs = Một số thuốc hóa trị đã được dùng để điều trị các loại ung thư khác, chẳng hạn như topotecan, irinotecan và temozolomide, hiện đang được nghiên cứu khi kết hợp với các loại liệu pháp khác để sử dụng trong điều trị u nguyên bào thần kinh nguy cơ cao hoặc u nguyên bào thần kinh đã tái phát.
chemotherapy-other-studies-looking = Các nghiên cứu khác đang tìm hiểu xem liệu một số trẻ mắc u nguyên bào thần kinh nguy cơ thấp hoặc trung bình có thể được điều trị với ít hóa trị hơn (hoặc thậm chí không cần hóa trị) hay không. Mục tiêu là vẫn đạt được kết quả tốt như vậy, nhưng với ít tác dụng phụ của việc điều trị hơn.

## Treatment › High-dose chemotherapy and stem cell transplant

high-dose-chemotherapy-stem-heading = Hóa trị liều cao và ghép tế bào gốc
high-dose-chemotherapy-doctors-trying-improve = Các bác sĩ cũng đang cố gắng cải thiện tỷ lệ thành công của hóa trị liều cao và ghép tế bào gốc ở trẻ mắc u nguyên bào thần kinh tiến triển mạnh, bằng cách sử dụng các cách kết hợp khác nhau giữa hóa trị, xạ trị, retinoid, liệu pháp miễn dịch và các phương pháp điều trị khác.

## Treatment › Retinoids

retinoids-heading = Retinoid
retinoids-13-cis-retinoic = Các retinoid như axit 13-cis-retinoic (isotretinoin) có thể làm giảm nguy cơ tái phát sau điều trị ở trẻ mắc u nguyên bào thần kinh nguy cơ cao, đặc biệt là khi được dùng cùng với một số phương pháp điều trị miễn dịch nhất định. Việc dùng axit 13-cis-retinoic kết hợp với các loại thuốc hóa trị khác nhau, các liệu pháp miễn dịch được gọi là kháng thể đơn dòng và các thuốc nhắm trúng đích đang được nghiên cứu trong một số thử nghiệm lâm sàng nhằm giúp xác định những cách kết hợp có thể mang lại hiệu quả tốt nhất.

## Treatment › Immunotherapy

immunotherapy-heading = Liệu pháp miễn dịch
immunotherapy-use-medicines-help = Liệu pháp miễn dịch là việc sử dụng thuốc để giúp chính hệ miễn dịch của người bệnh chống lại ung thư. Một số loại liệu pháp miễn dịch khác nhau hiện đang được thử nghiệm hoặc sử dụng để điều trị u nguyên bào thần kinh.

## Treatment › Immunotherapy › Monoclonal antibodies

monoclonal-antibodies-heading = Kháng thể đơn dòng
monoclonal-antibodies-dinutuximab-unituxin-naxitamab = Các kháng thể đơn dòng dinutuximab (Unituxin) và naxitamab (Danyelza), nhắm vào GD2 trên tế bào u nguyên bào thần kinh, hiện đang được sử dụng tại Hoa Kỳ cho một số trẻ mắc u nguyên bào thần kinh nguy cơ cao, nhằm giúp các tế bào của hệ miễn dịch tìm và tiêu diệt tế bào ung thư. Các kháng thể này thường được sử dụng sau khi ghép tế bào gốc, nhưng hiện đang có các nghiên cứu nhằm xem liệu chúng có thể hữu ích khi được dùng sớm hơn trong quá trình điều trị hay không.
monoclonal-antibodies-other-target-gd2 = Các kháng thể khác nhắm vào GD2 cũng đang được nghiên cứu. Ví dụ, Hu14.18K322A là một kháng thể đã được biến đổi, có thể có hiệu quả tương đương các kháng thể GD2 khác mà không gây ra một số tác dụng phụ. Ngoài ra, dinutuximab beta (Qarziba), vốn tương tự như dinutuximab, hiện đang được sử dụng tại châu Âu.

## Treatment › Immunotherapy › Cancer vaccines

cancer-vaccines-heading = Vắc-xin ung thư
cancer-vaccines-several-studied-use = Một số loại vắc-xin ung thư cũng đang được nghiên cứu để sử dụng trong điều trị u nguyên bào thần kinh. Với những loại vắc-xin này, trẻ được tiêm các tế bào u nguyên bào thần kinh đã được biến đổi hoặc các chất khác nhằm cố gắng khiến chính hệ miễn dịch của trẻ tấn công các tế bào ung thư. Các phương pháp điều trị này vẫn đang ở những giai đoạn đầu của thử nghiệm lâm sàng.

## Treatment › Immunotherapy › CAR T-cell therapy

car-t-cell-therapy-heading = Liệu pháp tế bào CAR T
car-t-cell-promising-new-way = Liệu pháp tế bào CAR T là một phương pháp mới đầy hứa hẹn nhằm giúp chính các tế bào miễn dịch của người bệnh, gọi là tế bào T, chống lại ung thư bằng cách biến đổi chúng trong phòng thí nghiệm để chúng có thể tìm và tiêu diệt tế bào ung thư. Các tế bào T dùng trong liệu pháp tế bào CAR T được biến đổi trong phòng thí nghiệm bằng cách gắn thêm một gen mã hóa cho một thụ thể được tạo ra trong phòng thí nghiệm (gọi là thụ thể kháng nguyên khảm, hay CAR), giúp chúng tấn công những tế bào ung thư cụ thể.
car-t-cell-studies-done-see = Hiện đang có các nghiên cứu nhằm xem liệu tế bào CAR T nhắm vào GD2 (hoặc các chất khác) trên tế bào u nguyên bào thần kinh có thể hữu ích trong việc điều trị bệnh này hay không. Phần lớn trong số này là các thử nghiệm lâm sàng ở giai đoạn rất sớm, đang được tiến hành hoặc vẫn đang trong giai đoạn lập kế hoạch.

## Treatment › Immunotherapy › Other immunotherapies

other-immunotherapies-heading = Các liệu pháp miễn dịch khác
other-immunotherapies-several-types-immunotherapy = Một số loại liệu pháp miễn dịch khác cũng đang được nghiên cứu để sử dụng trong điều trị u nguyên bào thần kinh. Nhiều liệu pháp trong số này đang ở giai đoạn rất sớm của thử nghiệm lâm sàng. Nếu quý vị có câu hỏi về những phương pháp này hoặc các phương pháp điều trị đang được nghiên cứu khác dành cho u nguyên bào thần kinh, hãy trao đổi với đội ngũ chăm sóc ung thư của con quý vị.

## References

reference-mosse-yp-lim = Mosse YP, Lim MS, Voss SD, et al. Safety and activity of crizotinib for paediatric patients with refractory solid tumours or anaplastic large-cell lymphoma: A Children's Oncology Group phase 1 consortium study. Lancet Oncol. 2013;14(6):472-80.
reference-navid-sondel-pm = Navid F, Sondel PM, Barfield R, et al. Phase I trial of a novel anti GD2 monoclonal antibody, Hu14.18K322A, designed to decrease toxicity in children with refractory or recurrent neuroblastoma. J Clin Oncol. 2014: 32;1445-52
reference-park-jr-hogarty = Park JR, Hogarty MD, Bagatell R, et al. Chapter 23: Neuroblastoma. In: Blaney SM, Adamson PC, Helman LJ, eds. Pizzo and Poplack’s Principles and Practice of Pediatric Oncology. 8th ed. Philadelphia Pa: Lippincott Williams & Wilkins; 2021.
reference-park-jr-kreissman = Park JR, Kreissman SG, London WB, et al. Effect of tandem autologous stem cell transplant vs single transplant on event-free survival in patients with high-risk neuroblastoma: A randomized clinical trial. JAMA. 2019;322(8):746-755.
reference-pinto-nr-applebaum = Pinto NR, Applebaum MA, Volchenboum SL, et al. Advances in risk classification and treatment strategies for neuroblastoma. J Clin Onc. 2015: 30;3008-3017.
reference-shohet-jm-lowas = Shohet JM, Lowas SR, Nuchtern JG. Treatment and prognosis of neuroblastoma. UpToDate. 2021. Accessed at <a data-l10n-name="uptodate">https://www.uptodate.com/contents/treatment-and-prognosis-of-neuroblastoma</a> on April 9, 2021.

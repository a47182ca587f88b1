### ما الجديد في أبحاث الورم الأرومي العصبي؟
### Arabic translation of locales/en/neuroblastoma-research.ftl (partial).

title = ما الجديد في أبحاث الورم الأرومي العصبي؟
summary = تُجرى حاليًا أبحاث مهمة حول الورم الأرومي العصبي في كثير من المستشفيات الجامعية والمراكز الطبية وغيرها من المؤسسات البحثية في جميع أنحاء العالم.

## Introduction

intro-important-research-neuroblastoma = تُجرى حاليًا أبحاث مهمة حول الورم الأرومي العصبي في كثير من المستشفيات الجامعية والمراكز الطبية وغيرها من المؤسسات البحثية في جميع أنحاء العالم. وفي كل عام، يكتشف العلماء المزيد عن أسباب هذا المرض وعن كيفية تحسين علاجه.

## Gene changes

gene-changes-heading = التغيرات الجينية
gene-changes-researchers-better-tests = أصبح لدى الباحثين الآن اختبارات أفضل للبحث عن التغيرات في جينات خلايا الورم الأرومي العصبي. فقد يعرف الباحثون أن تغيرًا ما قد حدث في كروموسوم معيّن (وهو خيط من الحمض النووي DNA داخل الخلية يحتوي على جيناتها)، لكنهم لا يزالون بحاجة إلى معرفة المزيد عن ذلك الجين أو عن الجزء الذي تأثر منه. ويمكن أن تتغير الجينات في خلايا الورم الأرومي العصبي بعدة طرق مختلفة.
gene-changes-understanding-neuroblastoma-helps = يساعد فهم التغيرات الجينية في الورم الأرومي العصبي الباحثين على معرفة أيّ الأورام الأرومية العصبية يُرجَّح أن تُشفى بعلاج أقل شدة، وأيّها سيحتاج إلى علاج أكثر قوة. ويُستخدم بعض هذه التغيرات الجينية حاليًا لمساعدة فرق رعاية السرطان على تحديد مرحلة الورم الأرومي العصبي لدى الطفل وفئة الخطورة التي ينتمي إليها. وقد تساعد تغيرات جينية أخرى الباحثين على إيجاد علاجات جديدة تُجدي مع أنواع معينة من خلايا الورم الأرومي العصبي.
gene-changes-here-specific-dna = تجري حاليًا دراسة بعض التغيرات المحددة في الحمض النووي DNA وفي الجينات.

## Treatment

treatment-heading = العلاج
treatment-survival-rates-neuroblastoma = تحسّنت معدلات البقاء على قيد الحياة في حالات الورم الأرومي العصبي مع توصّل الأطباء إلى طرق لتحسين العلاجات الحالية، لكن معدلات البقاء على قيد الحياة لدى الأطفال المصابين بالورم الأرومي العصبي عالي الخطورة ليست جيدة بقدر ما هي عليه لدى الأطفال المصابين بالمرض منخفض الخطورة أو متوسط الخطورة.
treatment-clinical-trials-high = تركّز معظم التجارب السريرية الخاصة بالورم الأرومي العصبي عالي الخطورة (وهي أورام أكثر شراسة ويصعب علاجها) على إيجاد أفضل التوليفات من أدوية العلاج الكيميائي (الكيماوي) وأنظمة زراعة الخلايا الجذعية والعلاجات المناعية وغيرها من العلاجات الجديدة، في محاولة لشفاء عدد أكبر من الأطفال. أما الدراسات الحالية للورم الأرومي العصبي منخفض الخطورة ومتوسط الخطورة فتحاول معرفة ما إذا كان بإمكان الأطفال تلقّي قدر أقل من العلاج مع تحقيق النتائج الجيدة نفسها.

## Treatment › Chemotherapy

chemotherapy-heading = العلاج الكيميائي
chemotherapy-search-continues-best = لا يزال البحث مستمرًا عن أفضل التوليفات من أدوية العلاج الكيميائي لعلاج الورم الأرومي العصبي.
chemotherapy-several-chemo-drugs = تجري حاليًا دراسة عدة أدوية للعلاج الكيميائي تُستخدم بالفعل في علاج أنواع أخرى من السرطان، مثل توبوتيكان (topotecan) وإيرينوتيكان (irinotecan) وتيموزولوميد (temozolomide)، بالجمع مع أنواع أخرى من العلاجات، وذلك لاستخدامها ضد الورم الأرومي العصبي عالي الخطورة أو الورم الأرومي العصبي الذي عاود الظهور.
chemotherapy-other-studies-looking = وتسعى دراسات أخرى إلى معرفة ما إذا كان من الممكن علاج بعض الأطفال المصابين بالورم الأرومي العصبي منخفض الخطورة أو متوسط الخطورة بقدر أقل من العلاج الكيميائي (أو حتى من دونه). والهدف هو تحقيق النتائج الجيدة نفسها، ولكن مع آثار جانبية أقل للعلاج.

## Treatment › High-dose chemotherapy and stem cell transplant

high-dose-chemotherapy-stem-heading = العلاج الكيميائي عالي الجرعة وزراعة الخلايا الجذعية
high-dose-chemotherapy-doctors-trying-improve = ويحاول الأطباء أيضًا تحسين معدل نجاح العلاج الكيميائي عالي الجرعة وزراعة الخلايا الجذعية لدى الأطفال المصابين بالورم الأرومي العصبي الشرس، وذلك باستخدام توليفات مختلفة من العلاج الكيميائي والعلاج الإشعاعي والريتينويدات والعلاج المناعي وغيرها من العلاجات.

## Treatment › Retinoids

retinoids-heading = الريتينويدات
retinoids-13-cis-retinoic = يمكن للريتينويدات، مثل حمض 13-cis-retinoic (isotretinoin)، أن تقلل خطر عودة المرض بعد العلاج لدى الأطفال المصابين بالورم الأرومي العصبي عالي الخطورة، ولا سيما عند إعطائها مع علاجات مناعية معينة. وتجري دراسة إعطاء حمض 13-cis-retinoic بالجمع مع أنواع مختلفة من أدوية العلاج الكيميائي، ومع علاجات مناعية تُسمّى الأجسام المضادة وحيدة النسيلة، ومع الأدوية الموجَّهة، في عدد من التجارب السريرية للمساعدة على تحديد التوليفات التي قد تكون الأكثر فعالية.

## Treatment › Immunotherapy

immunotherapy-heading = العلاج المناعي
immunotherapy-use-medicines-help = العلاج المناعي هو استخدام الأدوية لمساعدة الجهاز المناعي لدى المريض نفسه على مكافحة السرطان. وتجري حاليًا تجربة عدة أنواع مختلفة من العلاج المناعي أو استخدامها ضد الورم الأرومي العصبي.

## Treatment › Immunotherapy › Monoclonal antibodies

monoclonal-antibodies-heading = الأجسام المضادة وحيدة النسيلة
monoclonal-antibodies-dinutuximab-unituxin-naxitamab = تُستخدم حاليًا في الولايات المتحدة الأجسام المضادة وحيدة النسيلة dinutuximab (Unituxin) و naxitamab (Danyelza)، التي تستهدف GD2 الموجود على خلايا الورم الأرومي العصبي، لدى بعض الأطفال المصابين بالورم الأرومي العصبي عالي الخطورة، وذلك لمساعدة خلايا الجهاز المناعي على العثور على الخلايا السرطانية وتدميرها. وتُستخدم هذه الأجسام المضادة عادةً بعد زراعة الخلايا الجذعية، ولكن تُجرى الآن دراسات لمعرفة ما إذا كانت قد تفيد أيضًا في مرحلة أبكر من مسار العلاج.
monoclonal-antibodies-other-target-gd2 = وتجري أيضًا دراسة أجسام مضادة أخرى تستهدف GD2. فعلى سبيل المثال، يُعد Hu14.18K322A جسمًا مضادًا معدَّلًا قد يكون فعالًا بقدر الأجسام المضادة الأخرى لـ GD2 ولكن من دون بعض الآثار الجانبية. كما يُستخدم الآن في أوروبا dinutuximab beta (Qarziba)، وهو مشابه لـ dinutuximab.

## Treatment › Immunotherapy › Cancer vaccines

cancer-vaccines-heading = لقاحات السرطان
cancer-vaccines-several-studied-use = وتجري أيضًا دراسة عدة لقاحات للسرطان لاستخدامها ضد الورم الأرومي العصبي. وفي هذه اللقاحات، تُعطى حُقن من خلايا ورم أرومي عصبي معدَّلة أو من مواد أخرى في محاولة لحثّ الجهاز المناعي لدى الطفل نفسه على مهاجمة الخلايا السرطانية. ولا تزال هذه العلاجات في المراحل المبكرة من التجارب السريرية.

## Treatment › Immunotherapy › CAR T-cell therapy

car-t-cell-therapy-heading = العلاج بالخلايا التائية CAR
car-t-cell-promising-new-way = يُعد العلاج بالخلايا التائية CAR طريقة جديدة واعدة لحثّ خلايا مناعية لدى المريض نفسه تُسمّى الخلايا التائية على محاربة السرطان، وذلك بتعديلها في المختبر حتى تتمكن من العثور على الخلايا السرطانية وتدميرها. ويجري تعديل الخلايا التائية المستخدمة في علاجات الخلايا التائية CAR في المختبر بإضافة جين لمستقبِل مصنوع في المختبر (يُسمّى مستقبِل المستضد الخيمري أو CAR)، وهو ما يساعدها على مهاجمة خلايا سرطانية محددة.
car-t-cell-studies-done-see = وتُجرى الآن دراسات لمعرفة ما إذا كانت الخلايا التائية CAR التي تستهدف GD2 (أو مواد أخرى) على خلايا الورم الأرومي العصبي يمكن أن تفيد في علاج هذا المرض. ومعظم هذه الدراسات تجارب سريرية في مراحل مبكرة جدًا، لا تزال جارية أو لا تزال في مرحلة التخطيط.

## Treatment › Immunotherapy › Other immunotherapies

other-immunotherapies-heading = علاجات مناعية أخرى
other-immunotherapies-several-types-immunotherapy = وتجري أيضًا دراسة عدة أنواع أخرى من العلاج المناعي لاستخدامها ضد الورم الأرومي العصبي. وكثير منها في تجارب سريرية في مراحل مبكرة جدًا. إذا كانت لديك أسئلة حول هذه العلاجات أو غيرها من العلاجات التجريبية للورم الأرومي العصبي، فتحدّث إلى فريق رعاية السرطان الخاص بطفلك.

## References

reference-mosse-yp-lim = Mosse YP, Lim MS, Voss SD, et al. Safety and activity of crizotinib for paediatric patients with refractory solid tumours or anaplastic large-cell lymphoma: A Children's Oncology Group phase 1 consortium study. Lancet Oncol. 2013;14(6):472-80.
reference-navid-sondel-pm = Navid F, Sondel PM, Barfield R, et al. Phase I trial of a novel anti GD2 monoclonal antibody, Hu14.18K322A, designed to decrease toxicity in children with refractory or recurrent neuroblastoma. J Clin Oncol. 2014: 32;1445-52
reference-park-jr-hogarty = Park JR, Hogarty MD, Bagatell R, et al. Chapter 23: Neuroblastoma. In: Blaney SM, Adamson PC, Helman LJ, eds. Pizzo and Poplack’s Principles and Practice of Pediatric Oncology. 8th ed. Philadelphia Pa: Lippincott Williams & Wilkins; 2021.
reference-park-jr-kreissman = Park JR, Kreissman SG, London WB, et al. Effect of tandem autologous stem cell transplant vs single transplant on event-free survival in patients with high-risk neuroblastoma: A randomized clinical trial. JAMA. 2019;322(8):746-755.
reference-pinto-nr-applebaum = Pinto NR, Applebaum MA, Volchenboum SL, et al. Advances in risk classification and treatment strategies for neuroblastoma. J Clin Onc. 2015: 30;3008-3017.
reference-shohet-jm-lowas = Shohet JM, Lowas SR, Nuchtern JG. Treatment and prognosis of neuroblastoma. UpToDate. 2021. Accessed at <a data-l10n-name="uptodate">https://www.uptodate.com/contents/treatment-and-prognosis-of-neuroblastoma</a> on April 9, 2021.

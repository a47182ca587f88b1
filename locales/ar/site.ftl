### Arabic translation of locales/en/site.ftl.
### Site-wide chrome, shared by every article: language links, the helpline
### callout, labels and footer notices. This file is written by hand;
### `folio split` never touches it. Link targets live in folio.toml
### ([site.links]); translators only see the link text.

## Terms used across the site

-org-name = جمعية السرطان الأمريكية
-helpline-number = 1-800-227-2345

# The organisation's name at the top of every page.
site-name = { -org-name }

## Header: language links

# Accessible name of the navigation that lists the languages of this page.
languages-label = اللغات
pdfs-by-language = ملفات PDF حسب اللغة
skip-to-content = الانتقال إلى المحتوى

## Helpline callout

helpline-intro = يقدّم خط المساعدة الخاص بالسرطان لدينا، المتاح على مدار الساعة طوال أيام الأسبوع (24/7)، المعلومات والإجابات للأشخاص الذين يتعاملون مع السرطان. ويمكننا أن نصلك بأخصائيين مدرَّبين في مجال معلومات السرطان يجيبون عن أسئلتك حول تشخيص السرطان، ويقدّمون لك الإرشاد ويُصغون إليك بتعاطف.
helpline-chat = <a data-l10n-name="live-chat">الدردشة المباشرة عبر الإنترنت</a>
helpline-chat-how = استخدم «الدردشة المباشرة» (Live Chat) على موقع { -org-name } الإلكتروني
helpline-call = اتصل بنا على الرقم <a data-l10n-name="helpline-phone">{ -helpline-number }</a>
helpline-hours = متاح في أي وقت من النهار أو الليل
helpline-specialists = يتوفّر أخصائيونا المدرَّبون تدريبًا عاليًا على مدار الساعة طوال أيام الأسبوع (24/7) عبر الهاتف، ويمكنهم تقديم المساعدة عبر الدردشة على الإنترنت خلال أيام العمل. نحن نصل المرضى ومقدّمي الرعاية وأفراد الأسرة بالخدمات والموارد الأساسية في كل خطوة من رحلتهم مع السرطان. اسألنا كيف يمكنك المشاركة ودعم مكافحة السرطان.
helpline-doctor = بالنسبة إلى الأسئلة الطبية، نشجّعك على مراجعة معلوماتنا مع طبيبك.

## Article furniture

# Heading of the table of contents at the top of an article.
toc-heading = في هذه الصفحة
references-heading = المراجع
# $date (date) - the date the English article was last revised.
last-revised = تاريخ آخر مراجعة: { DATETIME($date, dateStyle: "long") }
team-heading = فريق المحتوى الطبي والتحريري في { -org-name }
team-text = يتكوّن فريقنا من أطباء وممرضين وممرضات معتمَدين في تمريض الأورام يتمتعون بمعرفة عميقة برعاية مرضى السرطان، إلى جانب محرّرين ومترجمين يتمتعون بخبرة واسعة في الكتابة الطبية.

## Footer notices

copyright = المعلومات الطبية الصادرة عن { -org-name } مواد محمية بحقوق النشر. لطلبات إعادة النشر، يُرجى الاطلاع على <a data-l10n-name="content-usage">سياسة استخدام المحتوى</a> لدينا.
sign-up = <a data-l10n-name="sign-up">اشترك</a> لتبقى على اطلاع دائم بالأخبار والمعلومات القيّمة وطرق المشاركة مع { -org-name }.
donate = إذا وجدت هذه المعلومات مفيدة، <a data-l10n-name="donate">تبرّع</a> للمساعدة في تمويل خدمات دعم المرضى والأبحاث وتحديث المحتوى الخاص بالسرطان.

## Translation status shown to readers

# Shown near the top of a page when some of its text is still in English.
fallback-notice = لم تُترجَم بعض أجزاء هذه الصفحة بعد، ولذلك تُعرَض باللغة الإنجليزية.
# Label on a passage shown in English because it has not been translated yet.
fallback-label = لم تُترجَم بعد
# Shown near the top of a page when the English article changed after it was translated.
outdated-notice = جرى تحديث النسخة الإنجليزية من هذه الصفحة بعد ترجمتها. وقد لا تتطابق بعض المقاطع معها بعد.
# Label on a passage whose English original changed after it was translated.
outdated-label = قد تكون الترجمة غير محدَّثة
# Label on a passage shown in English because its translation is out of date (policy `outdated = "fallback"`).
outdated-fallback-label = الترجمة غير محدَّثة، ولذلك يُعرض النص الإنجليزي

## PDFs by language

# $size (number) - the size of the PDF file in kilobytes.
pdf-size = { NUMBER($size, maximumFractionDigits: 0) } كيلوبايت
pdf-status-complete = مكتملة
pdf-status-partial = مترجمة جزئيًا
pdf-status-outdated = بحاجة إلى تحديث
pdf-not-available = غير متاح بعد
# Footer of every PDF page. $page and $pages (numbers) - this page and the total.
pdf-page-number = الصفحة { $page } من { $pages }
# $date (date) - revision date of the English article this translation was made from.
pdf-english-revision = مترجَم عن المقال الإنجليزي الذي رُوجِع بتاريخ { DATETIME($date, dateStyle: "long") }.

## Site index pages

# Heading of the page that lists the articles available in one language.
articles-heading = المقالات
# Heading of the site's front page, which offers the languages.
choose-language = اختر لغتك

### Site-wide chrome, shared by every article: language links, the helpline
### callout, labels and footer notices. This file is written by hand;
### `folio split` never touches it. Link targets live in folio.toml
### ([site.links]); translators only see the link text.
### Simplified Chinese translation of locales/en/site.ftl.

## Terms used across the site

-org-name = 美国癌症协会
-helpline-number = 1-800-227-2345

# The organisation's name at the top of every page.
site-name = { -org-name }

## Header: language links

# Accessible name of the navigation that lists the languages of this page.
languages-label = 语言
pdfs-by-language = 各语言版本PDF
skip-to-content = 跳至正文

## Helpline callout

helpline-intro = 我们的24/7癌症求助热线为面对癌症的人们提供信息和解答。我们可以为您联系训练有素的癌症信息专员，他们将解答有关癌症诊断的问题，为您提供指导，并耐心倾听您的心声。
helpline-chat = <a data-l10n-name="live-chat">在线实时聊天</a>
helpline-chat-how = 请使用{ -org-name }网站上的“实时聊天”
helpline-call = 请拨打<a data-l10n-name="helpline-phone">{ -helpline-number }</a>联系我们
helpline-hours = 日夜随时为您服务
helpline-specialists = 我们训练有素的专员可通过电话24/7为您提供服务，并在工作日通过在线聊天为您提供帮助。在癌症历程的每一步，我们都会为患者、照护者和家庭成员联系必要的服务和资源。欢迎向我们咨询您可以如何参与进来，支持抗击癌症的事业。
helpline-doctor = 如有医疗方面的问题，我们建议您与医生一起查看我们提供的信息。

## Article furniture

# Heading of the table of contents at the top of an article.
toc-heading = 本页内容
references-heading = 参考文献
# $date (date) - the date the English article was last revised.
last-revised = 最后修订：{ DATETIME($date, dateStyle: "long") }
team-heading = { -org-name }医学和编辑内容团队
team-text = 我们的团队由对癌症诊疗有深入了解的医生和获得肿瘤专科认证的护士，以及在医学写作方面经验丰富的编辑和翻译人员组成。

## Footer notices

copyright = { -org-name }的医学信息受版权保护。如需转载，请参阅我们的<a data-l10n-name="content-usage">内容使用政策</a>。
sign-up = <a data-l10n-name="sign-up">注册</a>以随时了解{ -org-name }的最新消息、有用信息以及参与方式。
donate = 如果本文对您有帮助，请<a data-l10n-name="donate">捐款</a>，帮助资助患者支持服务、研究以及癌症内容的更新。

## Translation status shown to readers

# Shown near the top of a page when some of its text is still in English.
fallback-notice = 本页部分内容尚未翻译，以英文显示。
# Label on a passage shown in English because it has not been translated yet.
fallback-label = 尚未翻译
# Shown near the top of a page when the English article changed after it was translated.
outdated-notice = 本页翻译完成后，英文版已有更新。部分段落可能尚未与英文版一致。
# Label on a passage whose English original changed after it was translated.
outdated-label = 译文可能已过时
# Label on a passage shown in English because its translation is out of date (policy `outdated = "fallback"`).
outdated-fallback-label = 译文已过时，此处显示英文原文

## PDFs by language

# $size (number) - the size of the PDF file in kilobytes.
pdf-size = { NUMBER($size, maximumFractionDigits: 0) } KB
pdf-status-complete = 完整
pdf-status-partial = 部分翻译
pdf-status-outdated = 需要更新
pdf-not-available = 暂未提供
# Footer of every PDF page. $page and $pages (numbers) - this page and the total.
pdf-page-number = 第 { $page } 页，共 { $pages } 页
# $date (date) - revision date of the English article this translation was made from.
pdf-english-revision = 本译文译自{ DATETIME($date, dateStyle: "long") }修订的英文版文章。

## Site index pages

# Heading of the page that lists the articles available in one language.
articles-heading = 文章
# Heading of the site's front page, which offers the languages.
choose-language = 选择语言

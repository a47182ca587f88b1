### Site-wide chrome, shared by every article: language links, the helpline
### callout, labels and footer notices. This file is written by hand;
### `folio split` never touches it. Link targets live in folio.toml
### ([site.links]); translators only see the link text.

## Terms used across the site

-org-name = American Cancer Society
-helpline-number = 1-800-227-2345

# The organisation's name at the top of every page.
site-name = { -org-name }

## Header: language links

# Accessible name of the navigation that lists the languages of this page.
languages-label = Languages
pdfs-by-language = PDFs by language
skip-to-content = Skip to content

## Helpline callout

helpline-intro = Our 24/7 cancer helpline provides information and answers for people dealing with cancer. We can connect you with trained cancer information specialists who will answer questions about a cancer diagnosis and provide guidance and a compassionate ear.
helpline-chat = <a data-l10n-name="live-chat">Chat live online</a>
helpline-chat-how = Use the Live Chat on the { -org-name } website
helpline-call = Call us at <a data-l10n-name="helpline-phone">{ -helpline-number }</a>
helpline-hours = Available any time of day or night
helpline-specialists = Our highly trained specialists are available 24/7 via phone and on weekdays can assist through online chat. We connect patients, caregivers, and family members with essential services and resources at every step of their cancer journey. Ask us how you can get involved and support the fight against cancer.
helpline-doctor = For medical questions, we encourage you to review our information with your doctor.

## Article furniture

# Heading of the table of contents at the top of an article.
toc-heading = On this page
references-heading = References
# $date (date) - the date the English article was last revised.
last-revised = Last Revised: { DATETIME($date, dateStyle: "long") }
team-heading = The { -org-name } medical and editorial content team
team-text = Our team is made up of doctors and oncology certified nurses with deep knowledge of cancer care as well as editors and translators with extensive experience in medical writing.

## Footer notices

copyright = { -org-name } medical information is copyrighted material. For reprint requests, please see our <a data-l10n-name="content-usage">Content Usage Policy</a>.
sign-up = <a data-l10n-name="sign-up">Sign up</a> to stay up-to-date with news, valuable information, and ways to get involved with the { -org-name }.
donate = If this was helpful, <a data-l10n-name="donate">donate</a> to help fund patient support services, research, and cancer content updates.

## Translation status shown to readers

# Shown near the top of a page when some of its text is still in English.
fallback-notice = Parts of this page have not been translated yet and are shown in English.
# Label on a passage shown in English because it has not been translated yet.
fallback-label = Not yet translated
# Shown near the top of a page when the English article changed after it was translated.
outdated-notice = The English version of this page has been updated since it was translated. Some passages may not match it yet.
# Label on a passage whose English original changed after it was translated.
outdated-label = Translation may be out of date
# Label on a passage shown in English because its translation is out of date (policy `outdated = "fallback"`).
outdated-fallback-label = Translation out of date, shown in English

## PDFs by language

# $size (number) - the size of the PDF file in kilobytes.
pdf-size = { NUMBER($size, maximumFractionDigits: 0) } KB
pdf-status-complete = Complete
pdf-status-partial = Partly translated
pdf-status-outdated = Needs update
pdf-not-available = Not available yet
# Footer of every PDF page. $page and $pages (numbers) - this page and the total.
pdf-page-number = Page { $page } of { $pages }
# $date (date) - revision date of the English article this translation was made from.
pdf-english-revision = Translated from the English article revised on { DATETIME($date, dateStyle: "long") }.

## Site index pages

# Heading of the page that lists the articles available in one language.
articles-heading = Articles
# Heading of the site's front page, which offers the languages.
choose-language = Choose your language

### Site-wide chrome, shared by every article: language links, the helpline
### callout, labels and footer notices. This file is written by hand;
### `folio split` never touches it. Link targets live in folio.toml
### ([site.links]); translators only see the link text.

## Terms used across the site

-org-name = 미국암협회
-helpline-number = 1-800-227-2345

# The organisation's name at the top of every page.
site-name = { -org-name }

## Header: language links

# Accessible name of the navigation that lists the languages of this page.
languages-label = 언어
pdfs-by-language = 언어별 PDF
skip-to-content = 본문으로 건너뛰기

## Helpline callout

helpline-intro = 주 7일 24시간 운영되는 저희 암 상담 전화는 암을 겪고 있는 분들께 정보와 답변을 제공합니다. 전문 교육을 받은 암 정보 전문가와 연결해 드리며, 전문가가 암 진단에 관한 질문에 답변하고 안내해 드리며 따뜻한 마음으로 이야기를 들어 드립니다.
helpline-chat = <a data-l10n-name="live-chat">온라인 실시간 채팅하기</a>
helpline-chat-how = { -org-name } 웹사이트의 실시간 채팅을 이용하십시오
helpline-call = <a data-l10n-name="helpline-phone">{ -helpline-number }</a>번으로 전화해 주십시오
helpline-hours = 밤낮 언제든지 이용하실 수 있습니다
helpline-specialists = 고도로 훈련된 저희 전문가들이 주 7일 24시간 전화로 상담해 드리며, 평일에는 온라인 채팅으로도 도와드립니다. 저희는 암 치료 여정의 모든 단계에서 환자, 보호자, 가족분들을 꼭 필요한 서비스 및 자원과 연결해 드립니다. 참여하여 암과의 싸움을 지원하는 방법도 문의해 주십시오.
helpline-doctor = 의학적인 질문이 있으시면 저희 정보를 담당 의사와 함께 검토해 보시기를 권장합니다.

## Article furniture

# Heading of the table of contents at the top of an article.
toc-heading = 이 페이지의 내용
references-heading = 참고문헌
# $date (date) - the date the English article was last revised.
last-revised = 최종 수정일: { DATETIME($date, dateStyle: "long") }
team-heading = { -org-name } 의학 및 편집 콘텐츠 팀
team-text = 저희 팀은 암 치료에 대한 깊은 지식을 갖춘 의사와 종양 전문 인증 간호사, 그리고 의학 글쓰기 경험이 풍부한 편집자와 번역가로 구성되어 있습니다.

## Footer notices

copyright = { -org-name }의 의학 정보는 저작권으로 보호되는 자료입니다. 전재 요청은 <a data-l10n-name="content-usage">콘텐츠 이용 정책</a>을 참조하십시오.
sign-up = { -org-name }의 새로운 소식과 유용한 정보, 참여 방법을 계속 받아 보시려면 <a data-l10n-name="sign-up">가입</a>하십시오.
donate = 이 정보가 도움이 되셨다면 환자 지원 서비스, 연구, 암 정보 업데이트에 필요한 기금 마련을 위해 <a data-l10n-name="donate">기부</a>해 주십시오.

## Translation status shown to readers

# Shown near the top of a page when some of its text is still in English.
fallback-notice = 이 페이지의 일부는 아직 번역되지 않아 영어로 표시됩니다.
# Label on a passage shown in English because it has not been translated yet.
fallback-label = 아직 번역되지 않음
# Shown near the top of a page when the English article changed after it was translated.
outdated-notice = 이 페이지가 번역된 이후 영어판이 업데이트되었습니다. 일부 내용은 아직 영어판과 일치하지 않을 수 있습니다.
# Label on a passage whose English original changed after it was translated.
outdated-label = 번역이 최신 내용이 아닐 수 있음
# Label on a passage shown in English because its translation is out of date (policy `outdated = "fallback"`).
outdated-fallback-label = 번역이 최신 내용이 아니어서 영어 원문으로 표시됨

## PDFs by language

# $size (number) - the size of the PDF file in kilobytes.
pdf-size = { NUMBER($size, maximumFractionDigits: 0) } KB
pdf-status-complete = 번역 완료
pdf-status-partial = 일부 번역됨
pdf-status-outdated = 업데이트 필요
pdf-not-available = 아직 제공되지 않음
# Footer of every PDF page. $page and $pages (numbers) - this page and the total.
pdf-page-number = { $pages }페이지 중 { $page }페이지
# $date (date) - revision date of the English article this translation was made from.
pdf-english-revision = { DATETIME($date, dateStyle: "long") }에 수정된 영어 원문을 번역한 것입니다.

## Site index pages

# Heading of the page that lists the articles available in one language.
articles-heading = 문서
# Heading of the site's front page, which offers the languages.
choose-language = 언어를 선택하십시오

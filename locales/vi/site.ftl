### Vietnamese translation of locales/en/site.ftl: site-wide chrome, shared by
### every article (language links, the helpline callout, labels and footer notices).

## Terms used across the site

-org-name = Hiệp hội Ung thư Hoa Kỳ
-helpline-number = 1-800-227-2345

# The organisation's name at the top of every page.
site-name = { -org-name }

## Header: language links

# Accessible name of the navigation that lists the languages of this page.
languages-label = Ngôn ngữ
pdfs-by-language = Tệp PDF theo ngôn ngữ
skip-to-content = Chuyển đến nội dung chính

## Helpline callout

helpline-intro = Đường dây hỗ trợ về ung thư hoạt động 24/7 của chúng tôi cung cấp thông tin và giải đáp cho những người đang đối mặt với bệnh ung thư. Chúng tôi có thể kết nối quý vị với các chuyên viên thông tin ung thư đã qua đào tạo, những người sẽ trả lời các câu hỏi về chẩn đoán ung thư, đưa ra hướng dẫn và lắng nghe quý vị với sự cảm thông.
helpline-chat = <a data-l10n-name="live-chat">Trò chuyện trực tuyến</a>
helpline-chat-how = Sử dụng Live Chat (Trò chuyện trực tuyến) trên trang web của { -org-name }
helpline-call = Gọi cho chúng tôi theo số <a data-l10n-name="helpline-phone">{ -helpline-number }</a>
helpline-hours = Phục vụ mọi lúc, cả ngày lẫn đêm
helpline-specialists = Các chuyên viên được đào tạo chuyên sâu của chúng tôi luôn sẵn sàng hỗ trợ 24/7 qua điện thoại và vào các ngày trong tuần có thể hỗ trợ qua trò chuyện trực tuyến. Chúng tôi kết nối người bệnh, người chăm sóc và các thành viên trong gia đình với những dịch vụ và nguồn hỗ trợ thiết yếu ở mọi bước trên hành trình đối phó với bệnh ung thư. Hãy hỏi chúng tôi về cách quý vị có thể tham gia và ủng hộ cuộc chiến chống lại bệnh ung thư.
helpline-doctor = Đối với các câu hỏi về y tế, chúng tôi khuyến khích quý vị xem lại thông tin của chúng tôi cùng với bác sĩ của mình.

## Article furniture

# Heading of the table of contents at the top of an article.
toc-heading = Trên trang này
references-heading = Tài liệu tham khảo
# $date (date) - the date the English article was last revised.
last-revised = Sửa đổi lần cuối: { DATETIME($date, dateStyle: "long") }
team-heading = Đội ngũ biên soạn nội dung y khoa và biên tập của { -org-name }
team-text = Đội ngũ của chúng tôi gồm các bác sĩ và điều dưỡng có chứng chỉ chuyên khoa ung bướu với kiến thức sâu rộng về chăm sóc bệnh ung thư, cùng các biên tập viên và biên dịch viên có nhiều kinh nghiệm trong lĩnh vực viết tài liệu y khoa.

## Footer notices

copyright = Thông tin y khoa của { -org-name } là tài liệu có bản quyền. Để yêu cầu in lại, vui lòng xem <a data-l10n-name="content-usage">Chính sách Sử dụng Nội dung</a> của chúng tôi.
sign-up = <a data-l10n-name="sign-up">Đăng ký</a> để luôn cập nhật tin tức, thông tin hữu ích và các cách tham gia cùng { -org-name }.
donate = Nếu thông tin này hữu ích, hãy <a data-l10n-name="donate">quyên góp</a> để giúp tài trợ cho các dịch vụ hỗ trợ người bệnh, công tác nghiên cứu và việc cập nhật nội dung về ung thư.

## Translation status shown to readers

# Shown near the top of a page when some of its text is still in English.
fallback-notice = Một số phần của trang này chưa được dịch và đang được hiển thị bằng tiếng Anh.
# Label on a passage shown in English because it has not been translated yet.
fallback-label = Chưa được dịch
# Shown near the top of a page when the English article changed after it was translated.
outdated-notice = Phiên bản tiếng Anh của trang này đã được cập nhật sau khi được dịch. Một số đoạn có thể chưa khớp với bản tiếng Anh.
# Label on a passage whose English original changed after it was translated.
outdated-label = Bản dịch có thể chưa được cập nhật
# Label on a passage shown in English because its translation is out of date (policy `outdated = "fallback"`).
outdated-fallback-label = Bản dịch đã lỗi thời, hiển thị bản tiếng Anh

## PDFs by language

# $size (number) - the size of the PDF file in kilobytes.
pdf-size = { NUMBER($size, maximumFractionDigits: 0) } KB
pdf-status-complete = Hoàn chỉnh
pdf-status-partial = Đã dịch một phần
pdf-status-outdated = Cần cập nhật
pdf-not-available = Chưa có
# Footer of every PDF page. $page and $pages (numbers) - this page and the total.
pdf-page-number = Trang { $page } trên { $pages }
# $date (date) - revision date of the English article this translation was made from.
pdf-english-revision = Được dịch từ bài viết tiếng Anh sửa đổi ngày { DATETIME($date, dateStyle: "long") }.

## Site index pages

# Heading of the page that lists the articles available in one language.
articles-heading = Bài viết
# Heading of the site's front page, which offers the languages.
choose-language = Chọn ngôn ngữ của quý vị

### Site-wide chrome, shared by every article: language links, the helpline
### callout, labels and footer notices. This file is written by hand;
### `folio split` never touches it. Link targets live in folio.toml
### ([site.links]); translators only see the link text.

## Terms used across the site

-org-name = Sociedad Americana Contra El Cáncer
-helpline-number = 1-800-227-2345

# The organisation's name at the top of every page.
site-name = { -org-name }

## Header: language links

# Accessible name of the navigation that lists the languages of this page.
languages-label = Idiomas
pdfs-by-language = PDF por idioma
skip-to-content = Saltar al contenido

## Helpline callout

helpline-intro = Nuestra línea de ayuda sobre el cáncer, disponible 24/7, ofrece información y respuestas a las personas que enfrentan el cáncer. Podemos ponerle en contacto con especialistas capacitados en información sobre el cáncer, quienes responderán sus preguntas sobre un diagnóstico de cáncer y le brindarán orientación y le escucharán con compasión.
helpline-chat = <a data-l10n-name="live-chat">Chatee en vivo en línea</a>
helpline-chat-how = Use el chat en vivo en el sitio web de la { -org-name }
helpline-call = Llámenos al <a data-l10n-name="helpline-phone">{ -helpline-number }</a>
helpline-hours = Disponible a cualquier hora del día o de la noche
helpline-specialists = Nuestros especialistas altamente capacitados están disponibles 24/7 por teléfono y, entre semana, pueden ayudarle por chat en línea. Ponemos en contacto a pacientes, cuidadores y familiares con servicios y recursos esenciales en cada paso de su experiencia con el cáncer. Pregúntenos cómo puede participar y apoyar la lucha contra el cáncer.
helpline-doctor = Si tiene preguntas médicas, le recomendamos que revise nuestra información con su médico.

## Article furniture

# Heading of the table of contents at the top of an article.
toc-heading = En esta página
references-heading = Referencias
# $date (date) - the date the English article was last revised.
last-revised = Última revisión: { DATETIME($date, dateStyle: "long") }
team-heading = El equipo editorial y de contenido médico de la { -org-name }
team-text = Nuestro equipo está compuesto por médicos y enfermeros con certificación en oncología, quienes tienen un amplio conocimiento sobre la atención del cáncer, así como por editores y traductores con amplia experiencia en redacción médica.

## Footer notices

copyright = La información médica de la { -org-name } está protegida por derechos de autor. Para solicitudes de reimpresión, consulte nuestra <a data-l10n-name="content-usage">Política de uso de contenido</a>.
sign-up = <a data-l10n-name="sign-up">Suscríbase</a> para mantenerse al día con noticias, información valiosa y formas de participar con la { -org-name }.
donate = Si esta información le resultó útil, <a data-l10n-name="donate">haga un donativo</a> para ayudar a financiar los servicios de apoyo para pacientes, la investigación y las actualizaciones del contenido sobre el cáncer.

## Translation status shown to readers

# Shown near the top of a page when some of its text is still in English.
fallback-notice = Algunas partes de esta página aún no se han traducido y se muestran en inglés.
# Label on a passage shown in English because it has not been translated yet.
fallback-label = Aún sin traducir
# Shown near the top of a page when the English article changed after it was translated.
outdated-notice = La versión en inglés de esta página se ha actualizado desde que se tradujo. Es posible que algunos pasajes todavía no coincidan con ella.
# Label on a passage whose English original changed after it was translated.
outdated-label = Es posible que la traducción no esté actualizada
# Label on a passage shown in English because its translation is out of date (policy `outdated = "fallback"`).
outdated-fallback-label = Traducción desactualizada; se muestra el texto en inglés

## PDFs by language

# $size (number) - the size of the PDF file in kilobytes.
pdf-size = { NUMBER($size, maximumFractionDigits: 0) } KB
pdf-status-complete = Completo
pdf-status-partial = Traducido parcialmente
pdf-status-outdated = Necesita actualización
pdf-not-available = Aún no disponible
# Footer of every PDF page. $page and $pages (numbers) - this page and the total.
pdf-page-number = Página { $page } de { $pages }
# $date (date) - revision date of the English article this translation was made from.
pdf-english-revision = Traducido del artículo en inglés revisado el { DATETIME($date, dateStyle: "long") }.

## Site index pages

# Heading of the page that lists the articles available in one language.
articles-heading = Artículos
# Heading of the site's front page, which offers the languages.
choose-language = Elija su idioma

<#-- The frame of every site page: Content-Security-Policy first in the head, the site's style, the search box, the
     site navigation and breadcrumbs (markup the site built, labels escaped), the page, the scripts. -->
<#macro page title>
<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="${site.csp?no_esc}">
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="stackdocs">
<title>${title}</title>
<link rel="stylesheet" href="${site.root}assets/stackdocs.css">
</head>
<body class="sd">
<a class="sd-skip" href="#content">Skip to content</a>
<header class="sd-top">
<button type="button" class="sd-menu" aria-controls="sd-sidebar" aria-expanded="false">Menu</button>
<div id="stackdocs-search" data-root="${site.root}"></div>
</header>
<div class="sd-layout">
<aside id="sd-sidebar" class="sd-sidebar">
${site.nav?no_esc}</aside>
<main id="content" class="sd-main">
${site.crumbs?no_esc}<#nested>
</main>
</div>
<script src="${site.root}assets/search-index.js"></script>
<script src="${site.root}assets/stackdocs.js"></script>
</body>
</html>
</#macro>

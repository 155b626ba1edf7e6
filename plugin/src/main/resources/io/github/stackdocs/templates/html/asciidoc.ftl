<#-- A page written in AsciiDoc (a runbook, the change log), converted by Asciidoctor, in the site's frame. -->
<#import "layout.ftl" as layout>
<@layout.page title=title>
<article class="sd-doc">
${body?no_esc}
</article>
</@layout.page>

<#-- Shared macros for the AsciiDoc templates. Link targets are built by the view from sanitized names only. -->
<#macro link l>xref:${l.adoc?no_esc}[${l.text}]</#macro>
<#macro links ls><#list ls as l><@link l/><#sep>, </#list></#macro>

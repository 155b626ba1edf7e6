<#-- Shared macros for the Markdown templates. Links are built by the view from sanitized names only. -->
<#macro link l>[${l.text}](${l.md?no_esc})</#macro>
<#macro links ls><#list ls as l><@link l/><#sep>, </#list></#macro>

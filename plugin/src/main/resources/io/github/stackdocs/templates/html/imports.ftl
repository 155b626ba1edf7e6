<#if stack.imports?has_content>
<section>
<@h 2 "imports" "Imports"/>
<@table ["Export", "Used by", "Exported by"]>
<#list stack.imports as i>
<tr><td><code>${i.exportName}</code></td><td><@link i.usedBy/></td><td><#if i.resolved><@link i.exporter/><#else>not exported by any stack in this project</#if></td></tr>
</#list>
</@table>
</section>
</#if>

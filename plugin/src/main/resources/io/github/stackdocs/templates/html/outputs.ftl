<section>
<@h 2 "outputs" "Outputs"/>
<#if stack.outputs?has_content>
<@table ["Output", "Value", "Export", "Condition", "Imported by", "Description"]>
<#list stack.outputs as o>
<tr id="${o.anchor}"><td><code>${o.name}</code></td><td>${code(o.value)}</td><td>${o.exportName}</td><td>${o.condition}</td><td><@links o.importedBy/></td><td>${o.description}</td></tr>
</#list>
</@table>
<#else>
<p>No outputs.</p>
</#if>
</section>

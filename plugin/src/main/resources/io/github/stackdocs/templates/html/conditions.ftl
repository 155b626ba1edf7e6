<#if stack.conditions?has_content>
<section>
<@h 2 "conditions" "Conditions"/>
<#assign notes = stack.conditions?filter(c -> c.note?has_content)?has_content>
<@table ["Condition", "Expression"] + notes?then(["Value"], [])>
<#list stack.conditions as c>
<tr id="${c.anchor}"><td>${c.name}</td><td>${code(c.value)}</td><#if notes><td>${c.note}</td></#if></tr>
</#list>
</@table>
</section>
</#if>
<#if stack.mappings?has_content>
<section>
<@h 2 "mappings" "Mappings"/>
<@table ["Mapping", "Top-level keys"]>
<#list stack.mappings as m>
<tr id="${m.anchor}"><td>${m.name}</td><td>${m.value}</td></tr>
</#list>
</@table>
</section>
</#if>
<#if stack.rules?has_content>
<section>
<@h 2 "rules" "Rules"/>
<ul>
<#list stack.rules as r>
<li>${r}</li>
</#list>
</ul>
</section>
</#if>

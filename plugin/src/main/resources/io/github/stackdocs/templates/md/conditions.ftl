<#if stack.conditions?has_content>
<a id="conditions"></a>
## Conditions

<#if stack.conditions?filter(c -> c.note?has_content)?has_content>
| Condition | Expression | Value |
|---|---|---|
<#list stack.conditions as c>
| <a id="${c.anchor}"></a>${c.name} | ${code(c.value)} | ${c.note} |
</#list>
<#else>
| Condition | Expression |
|---|---|
<#list stack.conditions as c>
| <a id="${c.anchor}"></a>${c.name} | ${code(c.value)} |
</#list>
</#if>

</#if>
<#if stack.mappings?has_content>
<a id="mappings"></a>
## Mappings

| Mapping | Top-level keys |
|---|---|
<#list stack.mappings as m>
| <a id="${m.anchor}"></a>${m.name} | ${m.value} |
</#list>

</#if>
<#if stack.rules?has_content>
<a id="rules"></a>
## Rules

<#list stack.rules as r>
- ${r}
</#list>

</#if>

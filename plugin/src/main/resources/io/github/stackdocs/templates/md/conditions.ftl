<#if stack.conditions?has_content>
<a id="conditions"></a>
## Conditions

| Condition | Expression |
|---|---|
<#list stack.conditions as c>
| <a id="${c.anchor}"></a>${c.name} | ${code(c.value)} |
</#list>

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

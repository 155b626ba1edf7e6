<#if stack.findings?has_content>
<a id="findings"></a>
## Findings

| Severity | Location | Message |
|---|---|---|
<#list stack.findings as f>
| ${f.severity} | ${f.location} | ${f.message} |
</#list>

</#if>

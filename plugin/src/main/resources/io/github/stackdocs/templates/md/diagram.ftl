<#if stack.resourceCount gt 0>
<a id="diagram"></a>
## Diagram

```mermaid
${stack.diagram?no_esc}
```

</#if>

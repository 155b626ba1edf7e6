<#include "lib.ftl">
= Stack: ${stack.name}
:toc: left
:toclevels: 3
:sectanchors:
:idprefix:
:idseparator: -

<#include "header.ftl">
<#include "environment.ftl">
<#include "diagram.ftl">
<#include "deployed.ftl">
<#include "parameters.ftl">
<#include "constructs.ftl">
<#include "resources.ftl">
<#include "sam.ftl">
<#include "nested.ftl">
<#include "security.ftl">
<#include "readiness.ftl">
<#include "outputs.ftl">
<#include "imports.ftl">
<#include "conditions.ftl">
<#include "incidents.ftl">
<#include "findings.ftl">

<#-- A stack page: the summary card, the diagram, then the sections. -->
<#import "layout.ftl" as layout>
<#include "lib.ftl">
<@layout.page title="Stack: " + stack.name>
<h1>${stack.name}</h1>
<#include "header.ftl">
<#include "diagram.ftl">
<#include "environment.ftl">
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
</@layout.page>

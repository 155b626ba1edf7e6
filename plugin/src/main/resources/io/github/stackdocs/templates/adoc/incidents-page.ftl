<#include "lib.ftl">
<#include "incidents.ftl">
= Past incidents: ${project.name?has_content?then(project.name, "Infrastructure")}

Incidents and post-mortems from the annotations file, newest first, with the stacks and resources they affected and
what was done about them. The pages of the affected stacks and the runbooks of the affected resources list them too.

<@incidentTable incidents.all/>

#include "dependencykind.h"

namespace notiflow {

const char* dependencyKindId(DependencyKind k)
{
    switch (k) {
    case DependencyKind::DomainData:
        return "domain_data";
    case DependencyKind::OwnData:
        return "own_data";
    case DependencyKind::ServiceApi:
        return "service_api";
    case DependencyKind::EventContract:
        return "event_contract";
    case DependencyKind::Infrastructure:
        return "infrastructure";
    }
    return "";
}

const char* dependencyKindName(DependencyKind k)
{
    switch (k) {
    case DependencyKind::DomainData:
        return "another domain's data";
    case DependencyKind::OwnData:
        return "own data";
    case DependencyKind::ServiceApi:
        return "another service's API";
    case DependencyKind::EventContract:
        return "an event contract";
    case DependencyKind::Infrastructure:
        return "infrastructure";
    }
    return "";
}

DependencyKind classifyDependency(const Step& step, Component dependent, Component dependency, Architecture arch)
{
    const ComponentRole role = componentRole(dependency);
    if (role == ComponentRole::DataDomain) {
        const auto owner = domainOwner(dependency, arch);
        return owner && *owner == dependent ? DependencyKind::OwnData : DependencyKind::DomainData;
    }
    if (role == ComponentRole::Infrastructure || role == ComponentRole::Channel)
        return DependencyKind::Infrastructure;
    // A delivery's second dependency is on the publisher: on its event, not on anything it answers.
    if (step.kind == StepKind::Deliver)
        return DependencyKind::EventContract;
    return DependencyKind::ServiceApi;
}

} // namespace notiflow

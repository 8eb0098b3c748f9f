// The entries of Help → "How to read notiflow": every step kind and every metric of the run's JSON, each with what
// it is, how the run computes it, how to read a high or low value, and where the idea comes from.
#pragma once

#include "step.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace notiflow::ui {

struct HelpTopic {
    QString anchor; // "step-publish", or the metric's JSON field: "propagation_cost"
    QString title;
    QString definition;
    QString computed; // how the run computes it (for step kinds: who records it)
    QString reading; // what a high or low value means, and for whom
    QString source; // empty when the idea is ours
};

class HelpTopics {
    Q_DECLARE_TR_FUNCTIONS(HelpTopics)

public:
    static const std::vector<HelpTopic>& all();
    static const HelpTopic* find(const QString& anchor);
    static QString stepKindAnchor(StepKind kind); // "step-publish"
    // The page as HTML: an introduction, then one section per topic with <a name="anchor">.
    static QString html();

private:
    static std::vector<HelpTopic> build();
};

} // namespace notiflow::ui

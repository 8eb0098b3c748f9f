// Human-readable names for the core's enums, as the panels show them ("Price drop alert", "Query", "SMS").
#pragma once

#include "component.h"
#include "records.h"
#include "run.h"
#include "step.h"

#include <QString>
#include <string>
#include <string_view>

namespace notiflow::ui {

QString toQString(std::string_view text);
QString componentTitle(Component c);
QString architectureTitle(Architecture a);
// One line on who decides in the architecture: "Services publish events; the notification service decides".
QString architectureRole(Architecture a);
QString channelTitle(Channel c);
QString stepKindTitle(StepKind k);
QString notificationTypeTitle(NotificationType t);
// "PRICE_DROP_ALERT" or "order.can_ship" as a sentence-case phrase: "Price drop alert", "Order can ship".
QString humanizeId(std::string_view id);

} // namespace notiflow::ui

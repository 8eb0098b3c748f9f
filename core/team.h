// The teams that own the components: who must coordinate when a change touches their components.
#pragma once

#include "component.h"

#include <optional>
#include <string_view>

namespace notiflow {

enum class Team { Ordering, Pricing, Billing, Promotions, Notification, Platform, Customers, Carts };

inline constexpr int teamCount = 8;

std::string_view teamId(Team t); // "ordering"
// Nullopt for the outside world, which no team of ours owns.
std::optional<Team> teamOf(Component c);

} // namespace notiflow

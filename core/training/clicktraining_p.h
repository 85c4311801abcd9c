#pragma once
// Private to the network part: what a click model's training batch gets beyond
// simulateStart() (core/click/clickinput.h), which needs the network itself.

#include "core/model/network_p.h"
#include "core/training/batch.h"

namespace dermask::core {

/// Clicks a click model trains on beyond simulateStart(), at most (RITM's protocol).
constexpr int kMaxSimulatedClicks = 3;

/// RITM's extra clicks, simulated without gradients by the network in eval mode: between 0
/// and kMaxSimulatedClicks times (drawn from @p seed), each image of @p b gets a click on the
/// largest error of the network's answer, and that answer becomes its current mask.
void addSimulatedClicks(SegmentationNetworkImpl &net, Batch &b, quint64 seed, bool bf16);

} // namespace dermask::core

// The network part's door: the one function the programs look up when they load it.

#include "core/inference/predictorengine_p.h"
#include "core/model/modelfile_p.h"
#include "core/model/netpart_p.h"
#include "core/training/trainerengine_p.h"

namespace dermask::core {

std::unique_ptr<TrainerEngine> newTorchTrainer();      // torchtrainer.cpp
std::unique_ptr<PredictorEngine> newTorchPredictor();  // torchpredictor.cpp

} // namespace dermask::core

extern "C" __attribute__((visibility("default"))) const dermask::core::NetPart *dermask_net_part()
{
    using namespace dermask::core;
    static const NetPart part{kNetPartVersion, &newTorchTrainer, &newTorchPredictor, &writeTorchScript};
    return &part;
}

#pragma once
// Private to core: the "fastunet" network (see fastunet.cpp for the design and its numbers).

#include "core/model/network_p.h"
#include "core/model/networks.h"

namespace dermask::core {

class FastUNetImpl : public SegmentationNetworkImpl
{
public:
    FastUNetImpl(double width, int inputs);
    torch::Tensor forward(torch::Tensor x) override;
    int sizeDivisor() const override { return 32; }
    void fuseForInference() override;

private:
    torch::nn::ModuleList m_enc{nullptr}, m_dec{nullptr};
    torch::nn::Conv2d m_head{nullptr};
};

} // namespace dermask::core

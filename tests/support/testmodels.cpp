#include "tests/support/testmodels.h"

#include <torch/script.h>

namespace dermask::test {

void saveBrightnessModule(const QString &path, bool oneChannel)
{
    torch::jit::Module m("BrightLesion");
    m.register_parameter("weight", torch::ones({1, 3, 1, 1}), /*is_buffer=*/false);
    m.define(oneChannel ? R"(
def forward(self, x):
    return torch.conv2d(x, self.weight) - 1.5
)"
                        : R"(
def forward(self, x):
    return x
)");
    m.save(path.toStdString());
}

void saveDarknessModule(const QString &path)
{
    torch::jit::Module m("DarkLesion");
    m.define(R"(
def forward(self, x):
    return (0.39 - x.mean(1, keepdim=True)) * 40.0
)");
    m.save(path.toStdString());
}

void saveConstantModule(const QString &path, double logit)
{
    torch::jit::Module m("Constant");
    m.register_buffer("logit", torch::full({1}, logit));
    m.define(R"(
def forward(self, x):
    return x.mean(1, keepdim=True) * 0.0 + self.logit
)");
    m.save(path.toStdString());
}

} // namespace dermask::test

#pragma once

class ActionEffects;

// What deciding the product pipeline's proposals does: a content review accepted as it is (or its
// pieces written again after a rejection), a price change, a new product.
namespace PipelineEffects
{
void registerAll(ActionEffects& effects);
} // namespace PipelineEffects

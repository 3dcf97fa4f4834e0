// Loading the questionnaire definition that belongs to a wave, shared by the commands that
// read or write responses.
#pragma once

#include <memory>
#include <string>

#include "base/error.h"
#include "forms/definition.h"
#include "forms/wave.h"
#include "store/store.h"

namespace regio::service {

struct WaveDefinition {
  forms::Wave wave;
  forms::Definition definition;
};

// The wave and its parsed questionnaire; kNotFound naming the wave and the known waves.
Result<WaveDefinition> load_wave_definition(store::Store& store, const std::string& wave_code);

}  // namespace regio::service

// `govm step prog.go`: the stepper (design notes in step.cpp).
#pragma once

#include <string>

#include "vm/machine.h"

namespace govm {

enum class ColorMode { Auto, Always, Never };

struct StepConfig {
  std::string file;        // the program
  MachineOptions machine;  // its limits, GC and scheduler settings, as `govm run` takes them
  std::string script;      // --script FILE: commands from FILE instead of stdin
  ColorMode color = ColorMode::Auto;
};

// Runs the stepper to `quit` or the end of its input. Returns 0, 1 when the
// program does not compile, 2 when the script cannot be read.
int step_main(const StepConfig& config);

}  // namespace govm

// Registration of every subcommand group. Each function adds its subcommands to `app`; when a
// subcommand is chosen, it stores the action to run in `action`, which app.cpp runs after
// parsing. Options live in structs owned by the registered callbacks.
#pragma once

#include <functional>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/context.h"

namespace regio::cli {

using Action = std::function<Status(Context&)>;

// Adds a subcommand with a one-line summary (shown in the parent's list) and a longer
// explanation that heads its own --help, above the inherited footer.
CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& summary,
                      const std::string& explanation);

void add_regions_commands(CLI::App& app, Action& action);
void add_waves_commands(CLI::App& app, Action& action);
void add_responses_commands(CLI::App& app, Action& action);
void add_analyse_command(CLI::App& app, Action& action);
void add_advice_command(CLI::App& app, Action& action);
void add_outcomes_commands(CLI::App& app, Action& action);
void add_goals_commands(CLI::App& app, Action& action);
void add_pseudonymize_command(CLI::App& app, Action& action);
void add_demo_command(CLI::App& app, Action& action);
void add_users_commands(CLI::App& app, Action& action);
void add_serve_command(CLI::App& app, Action& action);
void add_report_commands(CLI::App& app, Action& action);

}  // namespace regio::cli

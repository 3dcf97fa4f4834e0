// CLI11 speaks English; users of Regiomonitor read Dutch. This is the one place where CLI11's
// texts are translated: its help labels and the messages of its parse errors.
//
//   CLI::App app{...};
//   prepare_dutch_help(app);          // before subcommands are added: they inherit it
//   ... add subcommands ...
//   translate_help_texts(app);        // after: group and type names of every subcommand
//   try { app.parse(argc, argv); } catch (const CLI::ParseError& e) { err << dutch_message(e, app); }
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace regio::cli {

// Dutch labels ("Gebruik", "Opties", …), help flag text and default option group.
void prepare_dutch_help(CLI::App& app);

// Dutch group and type names on `app` and every subcommand.
void translate_help_texts(CLI::App& app);

// A Dutch sentence for a parse error of `root` (or one of its subcommands), naming the option
// and the value; never CLI11's English text.
std::string dutch_message(const CLI::ParseError& error, const CLI::App& root);

}  // namespace regio::cli

#include "cli/cli11_dutch.h"

#include <string_view>

#include <fmt/format.h>

namespace regio::cli {
namespace {

std::string_view after(std::string_view text, std::string_view marker) {
  const auto at = text.find(marker);
  return at == std::string_view::npos ? std::string_view{} : text.substr(at + marker.size());
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::string dutch_type(const std::string& type) {
  if (type == "TEXT") return "TEKST";
  if (type == "INT" || type == "UINT") return "GEHEEL GETAL";
  if (type == "FLOAT") return "GETAL";
  return type;
}

// The option of `app` or a subcommand whose name (e.g. "--year", "bestanden") is `name`.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  for (const CLI::Option* option : app.get_options()) {
    if (option->get_name() == name || option->check_name(name)) return option;
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (const CLI::Option* option = find_option(*sub, name)) return option;
  }
  return nullptr;
}

std::string expected_value(const CLI::App& root, const std::string& name) {
  const CLI::Option* option = find_option(root, name);
  const std::string type = option == nullptr ? "" : option->get_type_name();
  // The type names as translate_help_texts() left them.
  if (type.starts_with("GEHEEL GETAL")) return " (verwacht een geheel getal)";
  if (type.starts_with("GETAL")) return " (verwacht een getal)";
  return "";
}

// "a,b,c" from CLI11's "{a,b,c}".
std::string choices(std::string_view set) {
  if (set.size() >= 2 && set.front() == '{' && set.back() == '}') set = set.substr(1, set.size() - 2);
  std::string out;
  for (char c : set) out += c == ',' ? std::string(", ") : std::string(1, c);
  return out;
}

// The reason of a validator (after "NAME: "), in Dutch.
std::string validation_reason(std::string_view reason) {
  for (const auto& [english, dutch] :
       {std::pair<std::string_view, std::string_view>{"File does not exist: ", "bestand {} bestaat niet"},
        {"File is actually a directory: ", "{} is een map, geen bestand"},
        {"Directory does not exist: ", "map {} bestaat niet"},
        {"Directory is actually a file: ", "{} is een bestand, geen map"},
        {"Path does not exist: ", "{} bestaat niet (geen bestand of map)"},
        {"Path already exists: ", "{} bestaat al"}}) {
    if (starts_with(reason, english)) return fmt::format(fmt::runtime(dutch), reason.substr(english.size()));
  }
  if (starts_with(reason, "Value ")) {
    const std::string_view rest = reason.substr(6);
    if (const auto at = rest.find(" not in range "); at != std::string_view::npos) {
      const std::string_view range = rest.substr(at + 14);
      const auto to = range.find(" to ");
      if (to != std::string_view::npos)
        return fmt::format("'{}' ligt niet tussen {} en {}", rest.substr(0, at), range.substr(0, to),
                           range.substr(to + 4));
    }
    if (const auto at = rest.find(" could not be converted"); at != std::string_view::npos)
      return fmt::format("'{}' is geen getal", rest.substr(0, at));
  }
  if (const auto at = reason.rfind(" not in {"); at != std::string_view::npos && reason.back() == '}')
    return fmt::format("'{}' is geen geldige keuze; kies uit {}", reason.substr(0, at), choices(reason.substr(at + 8)));
  if (starts_with(reason, "Failed parsing ")) {
    const std::string_view rest = reason.substr(15);
    return fmt::format("'{}' is geen geldige waarde", rest.substr(0, rest.find(" as a ")));
  }
  return "ongeldige waarde";
}

std::string conversion_message(std::string_view what, const CLI::App& root) {
  if (starts_with(what, "Could not convert: ")) {
    const std::string_view rest = what.substr(19);
    const auto eq = rest.find(" = ");
    if (eq != std::string_view::npos) {
      const std::string name(rest.substr(0, eq));
      return fmt::format("'{}' is geen geldige waarde voor {}{}", rest.substr(eq + 3), name,
                         expected_value(root, name));
    }
  }
  if (starts_with(what, "The value ")) {
    const std::string_view rest = what.substr(10);
    const auto at = rest.find(" is not an allowed value for ");
    if (at != std::string_view::npos)
      return fmt::format("'{}' is geen toegestane waarde voor {}", rest.substr(0, at), rest.substr(at + 29));
  }
  if (const auto at = what.find(": too many inputs for a flag"); at != std::string_view::npos)
    return fmt::format("{} is een vlag en neemt geen waarde", what.substr(0, at));
  if (const auto at = what.find(": Should be true/false or a number"); at != std::string_view::npos)
    return fmt::format("{} neemt geen waarde (alleen aan of uit)", what.substr(0, at));
  return "een waarde kan niet worden gelezen";
}

std::string required_message(std::string_view what, const CLI::App& root) {
  if (starts_with(what, "A subcommand") || starts_with(what, "Requires at least")) {
    // What was typed instead of a known command is left over.
    const auto rest = root.remaining(true);
    if (!rest.empty()) return fmt::format("onbekende opdracht: {} (zie --help voor de opdrachten)", rest.front());
    return "kies een opdracht (zie --help)";
  }
  if (const auto at = what.find(" is required"); at != std::string_view::npos)
    return fmt::format("{} is verplicht", what.substr(0, at));
  return "er ontbreekt een verplichte optie";
}

std::string mismatch_message(std::string_view what) {
  // "Expected exactly 1 arguments to --wave, got 0", "--wave: 1 required TEXT missing", …
  std::string_view name = after(what, " arguments to ");
  if (!name.empty()) {
    name = name.substr(0, name.find(','));
  } else {
    name = what.substr(0, what.find(':'));
  }
  if (name.empty() || name.size() == what.size()) return "een optie heeft te veel of te weinig waarden";
  if (what.find(", got 0") != std::string_view::npos || what.find(" missing") != std::string_view::npos)
    return fmt::format("{} verwacht een waarde", name);
  return fmt::format("{} heeft te veel of te weinig waarden", name);
}

// A validator's description as shown in help ("FILE", "INT in [1 - 1000]"), in Dutch.
std::string dutch_validator_description(const std::string& english) {
  if (english == "FILE") return "BESTAND";
  if (english == "DIR") return "MAP";
  if (english == "PATH(existing)") return "BESTAND OF MAP";
  if (english == "PATH(non-existing)") return "NIEUW PAD";
  const auto open = english.find(" in [");
  if (open != std::string::npos && english.back() == ']') {
    std::string range = english.substr(open + 5, english.size() - open - 6);
    const auto dash = range.find(" - ");
    if (dash != std::string::npos) return fmt::format("{}–{}", range.substr(0, dash), range.substr(dash + 3));
  }
  return english;
}

void translate_validators(CLI::Option& option) {
  for (int i = 0;; ++i) {
    CLI::Validator* validator = nullptr;
    try {
      validator = option.get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      return;
    }
    const std::string description = validator->get_description();
    if (!description.empty()) validator->description(dutch_validator_description(description));
  }
}

}  // namespace

void prepare_dutch_help(CLI::App& app) {
  const auto formatter = app.get_formatter();
  for (const auto& [key, dutch] : {std::pair<const char*, const char*>{"Usage", "Gebruik"},
                                   {"OPTIONS", "OPTIES"},
                                   {"SUBCOMMAND", "OPDRACHT"},
                                   {"SUBCOMMANDS", "OPDRACHTEN"},
                                   {"Positionals", "Argumenten"},
                                   {"REQUIRED", "VERPLICHT"},
                                   {"Env", "Omgevingsvariabele"},
                                   {"Needs", "Vereist"},
                                   {"Excludes", "Niet samen met"}}) {
    formatter->label(key, dutch);
  }
  app.option_defaults()->group("Opties");  // first: the help flag below is created in it
  app.set_help_flag("-h,--help", "Deze hulp tonen");
}

void translate_help_texts(CLI::App& app) {
  for (CLI::Option* option : app.get_options([](CLI::Option*) { return true; })) {
    const std::string full = option->get_type_name();  // "TEXT" or "TEXT:<validator description>"
    const std::string type = full.substr(0, full.find(':'));
    if (type == "TEXT" || type == "INT" || type == "UINT" || type == "FLOAT") option->type_name(dutch_type(type));
    translate_validators(*option);
  }
  // A subcommand's help flag is made before it inherits the option defaults: regroup it.
  if (CLI::Option* help = app.get_option_no_throw("--help")) help->group("Opties");
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    sub->group("Opdrachten");
    translate_help_texts(*sub);
  }
}

std::string dutch_message(const CLI::ParseError& error, const CLI::App& root) {
  const std::string_view what = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
    std::string_view extras = after(what, "expected: ");
    return fmt::format("onbekende opdracht, optie of overbodig argument: {}", extras.empty() ? "?" : extras);
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) return required_message(what, root);
  if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) return conversion_message(what, root);
  if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr) {
    const auto colon = what.find(": ");
    if (colon == std::string_view::npos) return "ongeldige waarde";
    return fmt::format("{}: {}", what.substr(0, colon), validation_reason(what.substr(colon + 2)));
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) return mismatch_message(what);
  if (dynamic_cast<const CLI::RequiresError*>(&error) != nullptr) {
    const auto at = what.find(" requires ");
    if (at != std::string_view::npos) return fmt::format("{} vraagt ook {}", what.substr(0, at), what.substr(at + 10));
  }
  if (dynamic_cast<const CLI::ExcludesError*>(&error) != nullptr) {
    const auto at = what.find(" excludes ");
    if (at != std::string_view::npos)
      return fmt::format("{} en {} gaan niet samen", what.substr(0, at), what.substr(at + 10));
  }
  return "de opdracht kan niet worden gelezen";
}

}  // namespace regio::cli

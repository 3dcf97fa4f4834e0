#include "cli/exit_code.h"

namespace regio::cli {

int exit_code_for(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return kExitUsage;
    case ErrorCode::kInvalidData:
      return 3;
    case ErrorCode::kNotFound:
      return 4;
    case ErrorCode::kAlreadyExists:
      return 5;
    case ErrorCode::kFailedPrecondition:
      return 5;
    case ErrorCode::kPermissionDenied:
      return 6;
    case ErrorCode::kUnauthenticated:
      return 6;
    case ErrorCode::kUnavailable:
      return 7;
    case ErrorCode::kInternal:
      return 1;
  }
  return 1;
}

const char* exit_code_help() {
  return "Afsluitcodes:\n"
         "  0  gelukt\n"
         "  1  interne fout (meld dit)\n"
         "  2  verkeerd gebruik: onbekende optie of ongeldig argument\n"
         "  3  ongeldige gegevens in een bestand: niets opgeslagen, zie de foutenlijst\n"
         "  4  niet gevonden (meting, levering, doel, bestand)\n"
         "  5  bestaat al of kan nu niet (bijv. geen gegevens)\n"
         "  6  geen toestemming (bijv. database alleen-lezen, aanmelding bij de server geweigerd)\n"
         "  7  database of bestand niet bereikbaar: probeer later opnieuw\n";
}

}  // namespace regio::cli

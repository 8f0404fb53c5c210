# Sourced by run.sh and test.sh: fails early with a clear message when the .NET 10 SDK is missing.
if ! command -v dotnet >/dev/null 2>&1; then
  echo "需要 .NET 10 SDK（未找到 dotnet）/ the .NET 10 SDK is required: dotnet not found on PATH" >&2
  exit 2
fi
case "$(dotnet --version 2>/dev/null)" in
  10.*) ;;
  *) echo "需要 .NET 10 SDK，当前 / found: $(dotnet --version 2>/dev/null)" >&2; exit 2 ;;
esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

/** Loading, validating and resolving configuration: the only door into src/config. */
export { ConfigError, normalizeSeverity } from './validate.js';
export { loadConfig, type LoadConfigOptions, type LoadedConfig } from './load.js';
export { configForFile, type CliConfigOverrides } from './resolve.js';
export { PRESET_NAMES } from './presets.js';

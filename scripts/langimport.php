<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

/**
 * Installs a language pack the way Site administration > Language > Language packs does
 * (tool_langimport, from download.moodle.org), when that site can be reached.
 *
 * Usage: php scripts/langimport.php MOODLE_DIR LANGCODE
 *
 * Exit codes: 0 installed or up to date, 3 download.moodle.org not reachable (asked with a short
 * timeout first, so a machine without internet does not wait), 1 any other failure.
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/filelib.php');
require_once($CFG->libdir . '/componentlib.class.php');

$lang = clean_param($argv[2] ?? '', PARAM_LANG) ?: clean_param($argv[2] ?? '', PARAM_SAFEDIR);
if ($lang === '' || $lang === 'en') {
    cli_error('Usage: php langimport.php MOODLE_DIR LANGCODE (not en)');
}

// Is the list of packs for this Moodle version there? Five seconds to connect, ten in all.
if (gethostbynamel('download.moodle.org') === false) {
    mtrace('download.moodle.org not reachable (its name does not resolve)');
    exit(3);
}
$installer = new lang_installer();
$listurl = $installer->lang_pack_url() . 'languages.md5';
$curl = new curl(['ignoresecurity' => false]);
$curl->head($listurl, ['CURLOPT_CONNECTTIMEOUT' => 5, 'CURLOPT_TIMEOUT' => 10]);
$info = $curl->get_info();
if ($curl->get_errno() || (int) ($info['http_code'] ?? 0) !== 200) {
    mtrace("download.moodle.org not reachable ($listurl: " . ($curl->error ?: 'HTTP ' . ($info['http_code'] ?? 0)) . ')');
    exit(3);
}

try {
    $controller = new \tool_langimport\controller();
    $controller->install_languagepacks($lang);
} catch (\moodle_exception $e) {
    mtrace('tool_langimport could not install ' . $lang . ': ' . $e->getMessage());
    exit(1);
}
foreach (array_merge($controller->info, $controller->errors) as $message) {
    mtrace(html_to_text($message, 0, false));
}
if ($controller->errors || !file_exists($CFG->dataroot . '/lang/' . $lang . '/langconfig.php')) {
    exit(1);
}
get_string_manager()->reset_caches();
exit(0);

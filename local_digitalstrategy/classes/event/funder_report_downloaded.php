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

namespace local_digitalstrategy\event;

/**
 * A member of the project team downloaded the funder report (the controlling workbook).
 *
 * @property-read array $other {
 *      - string format: xlsx or ods
 *      - int period: the half-year reported, 0 for the whole programme
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class funder_report_downloaded extends \core\event\base {
    /**
     * Creates the event for a download.
     *
     * @param string $format xlsx or ods
     * @param int $period the half-year reported, 0 for the whole programme
     * @param int $userid who downloaded it
     * @return self
     */
    public static function create_for_download(string $format, int $period, int $userid): self {
        return self::create([
            'context' => \context_system::instance(),
            'userid' => $userid,
            'other' => ['format' => $format, 'period' => $period],
        ]);
    }

    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'r';
        $this->data['edulevel'] = self::LEVEL_OTHER;
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('funderreport_eventdownloaded', 'local_digitalstrategy');
    }

    /**
     * What happened, for the logs.
     *
     * @return string
     */
    public function get_description() {
        $what = empty($this->other['period']) ? 'the whole programme' : "half-year {$this->other['period']}";
        return "The user with id '{$this->userid}' downloaded the funder report for $what as {$this->other['format']}.";
    }

    /**
     * The page the event relates to.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/controlling_export.php', array_filter([
            'format' => $this->other['format'],
            'period' => $this->other['period'],
        ]));
    }

    /**
     * Checks the custom data.
     *
     * @throws \coding_exception
     */
    protected function validate_data() {
        parent::validate_data();
        if (!isset($this->other['format'])) {
            throw new \coding_exception("The 'format' value must be set in other.");
        }
        if (!isset($this->other['period'])) {
            throw new \coding_exception("The 'period' value must be set in other.");
        }
    }

    /**
     * How backup and restore map the other data.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['format' => \core\event\base::NOT_MAPPED, 'period' => \core\event\base::NOT_MAPPED];
    }
}

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

use local_digitalstrategy\local\strategy\resistance;

/**
 * A member of the expert forum wrote a resistance analysis about an organisation, or changed one.
 *
 * @property-read array $other {
 *      - int orgid: the organisation
 *      - bool created: a new analysis (false: a change)
 *      - string status: the analysis's status afterwards
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class analysis_written extends \core\event\base {
    /**
     * Creates the event for an analysis just written.
     *
     * @param resistance $analysis
     * @param bool $created whether it is new
     * @param int $userid who wrote it
     * @return self
     */
    public static function create_from_analysis(resistance $analysis, bool $created, int $userid): self {
        $event = self::create([
            'context' => \context_system::instance(),
            'objectid' => $analysis->id,
            'userid' => $userid,
            'other' => ['orgid' => $analysis->orgid, 'created' => $created, 'status' => $analysis->status],
        ]);
        return $event;
    }

    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'c';
        $this->data['edulevel'] = self::LEVEL_OTHER;
        $this->data['objecttable'] = resistance::TABLE;
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('resistance_eventwritten', 'local_digitalstrategy');
    }

    /**
     * What happened, for the logs (no content of the analysis: it is confidential).
     *
     * @return string
     */
    public function get_description() {
        $verb = empty($this->other['created']) ? 'changed' : 'wrote';
        return "The user with id '{$this->userid}' $verb the resistance analysis with id '{$this->objectid}' about the "
            . "organisation with id '{$this->other['orgid']}'.";
    }

    /**
     * The page the event relates to.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/resistance.php', ['orgid' => $this->other['orgid']]);
    }

    /**
     * Checks the custom data.
     *
     * @throws \coding_exception
     */
    protected function validate_data() {
        parent::validate_data();
        if (!isset($this->other['orgid'])) {
            throw new \coding_exception("The 'orgid' value must be set in other.");
        }
    }

    /**
     * How backup and restore map the object id.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => resistance::TABLE, 'restore' => \core\event\base::NOT_MAPPED];
    }

    /**
     * How backup and restore map the other data.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['orgid' => \core\event\base::NOT_MAPPED];
    }
}

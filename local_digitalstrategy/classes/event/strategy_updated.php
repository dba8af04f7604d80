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

use local_digitalstrategy\local\strategy\strategy;

/**
 * A strategy's draft or goals were changed: an adopted strategy goes under revision.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_updated extends \core\event\base {
    /**
     * Creates the event.
     *
     * @param strategy $strategy the strategy after the change
     * @param int $userid who changed it
     * @param string $what 'draft' (vision, values, fields) or 'goal'
     * @return self
     */
    public static function create_from_strategy(strategy $strategy, int $userid, string $what): self {
        return self::create([
            'context' => \context_system::instance(),
            'objectid' => $strategy->id,
            'userid' => $userid,
            'other' => ['orgid' => $strategy->orgid, 'what' => $what, 'status' => $strategy->status],
        ]);
    }

    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'u';
        $this->data['edulevel'] = self::LEVEL_PARTICIPATING;
        $this->data['objecttable'] = strategy::TABLE;
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('strategy_eventupdated', 'local_digitalstrategy');
    }

    /**
     * What happened, for the logs.
     *
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' changed the {$this->other['what']} of the strategy with id "
            . "'{$this->objectid}' of the organisation with id '{$this->other['orgid']}'.";
    }

    /**
     * The page the event relates to.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $this->other['orgid']]);
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
        return ['db' => strategy::TABLE, 'restore' => \core\event\base::NOT_MAPPED];
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

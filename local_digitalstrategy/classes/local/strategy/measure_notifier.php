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

namespace local_digitalstrategy\local\strategy;

/**
 * Tells a measure's owner through Moodle's messaging (so each user chooses e-mail or app per
 * provider) when the measure is assigned to them, moved, rated red, or falls due. Nobody is told
 * of their own action.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class measure_notifier {
    /**
     * The measure was assigned to its owner.
     *
     * @param measure $measure
     * @param int $by who assigned it
     */
    public function assigned(measure $measure, int $by): void {
        $this->send('measureassigned', $measure, $by, 'measure_msg_assigned', ['title' => $measure->title]);
    }

    /**
     * The measure moved to another phase.
     *
     * @param measure $measure as it is now
     * @param string $from the phase before
     * @param int $by who moved it
     */
    public function moved(measure $measure, string $from, int $by): void {
        $this->send('measuremoved', $measure, $by, 'measure_msg_moved', [
            'title' => $measure->title,
            'from' => get_string('board_phase_' . $from, 'local_digitalstrategy'),
            'to' => get_string('board_phase_' . $measure->phase, 'local_digitalstrategy'),
        ]);
    }

    /**
     * The measure was rated red on a criterion.
     *
     * @param measure $measure
     * @param ampel_rating $rating
     */
    public function rated_red(measure $measure, ampel_rating $rating): void {
        $this->send('measureratedred', $measure, $rating->userid, 'measure_msg_ratedred', [
            'title' => $measure->title,
            'criterion' => get_string('ampel_criterion_' . $rating->criterion, 'local_digitalstrategy'),
            'countermeasure' => $rating->countermeasure,
        ]);
    }

    /**
     * The measure falls due soon.
     *
     * @param measure $measure
     */
    public function due(measure $measure): void {
        $this->send('measuredue', $measure, 0, 'measure_msg_due', [
            'title' => $measure->title,
            'date' => userdate($measure->duedate, get_string('strftimedate', 'langconfig')),
        ]);
    }

    /**
     * Sends one notification to the measure's owner.
     *
     * @param string $provider
     * @param measure $measure
     * @param int $by who acted (0: the system)
     * @param string $key the language string of the text
     * @param array $params its parameters
     */
    private function send(string $provider, measure $measure, int $by, string $key, array $params): void {
        if (!$measure->ownerid || $measure->ownerid === $by) {
            return;
        }
        $owner = \core_user::get_user($measure->ownerid);
        if (!$owner || $owner->deleted || $owner->suspended) {
            return;
        }
        $url = new \moodle_url('/local/digitalstrategy/board.php', ['orgid' => $measure->orgid]);
        $text = (string) new \lang_string($key, 'local_digitalstrategy', (object) $params, $owner->lang ?: null);
        $message = new \core\message\message();
        $message->component = 'local_digitalstrategy';
        $message->name = $provider;
        $message->userfrom = \core_user::get_noreply_user();
        $message->userto = $owner;
        $message->subject = (string) new \lang_string(
            'measure_msg_subject',
            'local_digitalstrategy',
            $measure->title,
            $owner->lang ?: null
        );
        $message->fullmessage = $text;
        $message->fullmessageformat = FORMAT_PLAIN;
        $message->fullmessagehtml = '';
        $message->smallmessage = $text;
        $message->notification = 1;
        $message->contexturl = $url->out(false);
        $message->contexturlname = (string) new \lang_string('board_title', 'local_digitalstrategy', null, $owner->lang ?: null);
        message_send($message);
    }
}

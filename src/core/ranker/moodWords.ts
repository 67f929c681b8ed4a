/**
 * Words a reason must never contain, even when a catalog tag uses them: reasons talk about
 * products and choices, never about how the shopper seems to feel or what their body does.
 */
export const MOOD_WORDS: readonly string[] = [
  'mood', 'calm', 'relaxed', 'relax', 'excited', 'exciting', 'stress', 'stressed', 'anxious', 'nervous', 'happy', 'sad', 'angry',
  'upset', 'bored', 'tired', 'tense', 'joy', 'joyful', 'cheerful', 'gloomy', 'emotion', 'emotional', 'feeling', 'feel', 'energetic',
  'arousal', 'valence', 'attention', 'focused', 'distracted', 'heart', 'pulse', 'hrv', 'bpm', 'biometric', 'face', 'smile', 'frown',
]

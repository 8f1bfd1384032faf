import { ApiProperty } from '@nestjs/swagger';

export class ConceptLabelsDto {
  @ApiProperty({ example: 'Machine learning', maxLength: 200 })
  en: string;
  @ApiProperty({ example: 'Машинное обучение', maxLength: 200 })
  ru: string;
}

/** A concept of the skills graph: its stable id (what filters and statistics key on) and its names. */
export class ConceptRefDto {
  @ApiProperty({ example: 'machine-learning', maxLength: 64, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' })
  id: string;
  labels: ConceptLabelsDto;
}

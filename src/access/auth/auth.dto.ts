import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'sonla.canbo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  username: string;

  @ApiProperty({ example: '••••••••••' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class RefreshRequest {
  @ApiProperty({ description: 'The refresh token of the sign-in or of the last refresh (each is good once).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  refreshToken: string;
}
